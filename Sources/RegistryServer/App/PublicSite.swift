import Hummingbird
import RegistryStore

/// What the public routes share: the registry reads, the licence and label lookups, the scan log,
/// the report limiter, the templates, the configuration and the metrics.
struct PublicSite: Sendable {
    let reads: RegistryReads
    let lookup: LicenceLookup
    let labels: LabelLookup
    let scans: ScanRecorder
    let reports: RateLimiter
    let pages: PageRenderer
    let configuration: ServerConfiguration
    let metrics: RequestMetrics
    let openAPI: String
    /// The found labels' pages by shape.
    let labelPages = LabelPageCache()

    /// The frame of a page.
    func frame(title: String, language: Language, request: Request) -> PageFrame {
        PageFrame(title: title, language: language, request: request, pages: pages, issuer: configuration.issuingBody)
    }
}
