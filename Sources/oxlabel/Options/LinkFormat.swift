import ArgumentParser

/// `labels issue --format`: what a batch's QR codes point to.
enum LinkFormat: String, CaseIterable, ExpressibleByArgument {
    /// `HTTPS://HOST/V/CODE`.
    case short
    /// The GS1 Digital Link, with the batch's GTIN and lot.
    case digitalLink = "digital-link"
}
