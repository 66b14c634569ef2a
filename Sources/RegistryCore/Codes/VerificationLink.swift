/// What a label's QR code points to: the short link `HTTPS://<HOST>/V/<CODE>`, or, for a product
/// with a GTIN, the GS1 Digital Link `HTTPS://<HOST>/01/<GTIN14>/10/<LOT>/21/<CODE>`.
public enum VerificationLink: Sendable, Hashable {
    case short(LabelCode)
    case digitalLink(gtin: GTIN, lot: GS1Lot, code: LabelCode)

    /// The label code the link verifies.
    public var code: LabelCode {
        switch self {
        case .short(let code), .digitalLink(_, _, let code): code
        }
    }

    /// The URL as printed in the QR code: upper-case scheme, host and path.
    public func url(on host: VerificationHost) -> String {
        switch self {
        case .short(let code):
            "HTTPS://\(host.name)/V/\(code.text)"
        case .digitalLink(let gtin, let lot, let code):
            "HTTPS://\(host.name)/01/\(gtin.digits14)/10/\(lot.percentEncoded)/21/\(code.text)"
        }
    }

    /// Reads a scanned or typed URL of either form back, whatever its host; the scheme and host may be
    /// in any case, and so may the `/V/` of the short form.
    public init(parsing url: String) throws(CodeError) {
        let lowered = url.lowercased()
        guard let schemeEnd = lowered.range(of: "://"),
              ["http", "https"].contains(lowered[..<schemeEnd.lowerBound]) else { throw .urlUnrecognised(url) }
        let afterScheme = url[schemeEnd.upperBound...]
        let withoutQuery = afterScheme.prefix { $0 != "?" && $0 != "#" }
        let segments = withoutQuery.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        switch segments.count {
        case 2 where segments[0] == "V" || segments[0] == "v":
            self = .short(try LabelCode(parsing: segments[1]))
        case 6 where segments[0] == "01":
            let link = try GS1DigitalLink(segments: segments, text: url)
            guard let lot = link.lot else { throw .urlUnrecognised(url) }
            self = .digitalLink(gtin: link.gtin, lot: lot, code: link.code)
        default:
            throw .urlUnrecognised(url)
        }
    }
}
