/// What a batch's QR codes point to: the short verification link, or the GS1 Digital Link of a
/// product with a GTIN and a lot.
public enum LabelLinkForm: Codable, Sendable, Hashable {
    case short
    case digitalLink(gtin: GTIN, lot: GS1Lot)

    /// The link printed on the label with `code`.
    public func link(for code: LabelCode) -> VerificationLink {
        switch self {
        case .short: .short(code)
        case .digitalLink(let gtin, let lot): .digitalLink(gtin: gtin, lot: lot, code: code)
        }
    }

    public var chinese: String {
        switch self {
        case .short: "短链接"
        case .digitalLink(let gtin, let lot): "GS1 数字链接（GTIN \(gtin)，批号 \(lot)）"
        }
    }
}
