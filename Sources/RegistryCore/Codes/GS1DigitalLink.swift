/// What a scanned GS1 Digital Link says about a label: the GTIN (AI 01), the lot (AI 10) when the link
/// carries one, and the serial (AI 21), which is the label code.
///
/// Reads the forms GS1 Digital Link 1.2 allows for these keys: `/01/{gtin}/10/{lot}/21/{serial}` and
/// `/01/{gtin}/21/{serial}`, with a GTIN of 8, 12, 13 or 14 digits (kept in its 14-digit form); a query
/// string or fragment (further attributes) is ignored.
public struct GS1DigitalLink: Sendable, Hashable {
    public let gtin: GTIN
    public let lot: GS1Lot?
    public let code: LabelCode

    public init(gtin: GTIN, lot: GS1Lot?, code: LabelCode) {
        self.gtin = gtin
        self.lot = lot
        self.code = code
    }

    /// Reads the path of a link, from its first `/`, e.g. `/01/06901234567892/21/7K3M9QXD2F8RHZ4WP?linkType=all`.
    public init(path: String) throws(CodeError) {
        let withoutQuery = path.prefix { $0 != "?" && $0 != "#" }
        let segments = withoutQuery.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        try self.init(segments: segments, text: path)
    }

    /// Reads the path's segments after the first `/`; `text` names the link in an error.
    init(segments: [String], text: String) throws(CodeError) {
        switch segments.count {
        case 6 where segments[0] == "01" && segments[2] == "10" && segments[4] == "21":
            self.init(gtin: try GTIN(parsing: segments[1]), lot: try GS1Lot(percentEncoded: segments[3]),
                      code: try LabelCode(parsing: segments[5]))
        case 4 where segments[0] == "01" && segments[2] == "21":
            self.init(gtin: try GTIN(parsing: segments[1]), lot: nil, code: try LabelCode(parsing: segments[3]))
        default:
            throw .urlUnrecognised(text)
        }
    }
}
