/// An import file read into memory: its accepted rows, quality-flagged, and every line that did not
/// pass. The store never holds a file like this (it takes the rows batch by batch); tests and
/// benchmarks do.
public struct ObservationImport<Row: Sendable & Hashable>: Sendable, Hashable {
    /// Accepted rows, quality-flagged: each station's in file order.
    public let rows: [Row]
    /// Refusals, ordered by line; several may concern the same line.
    public let rejections: [RowRejection]
    /// Data lines read (without the header and blank lines).
    public let dataLineCount: Int
    /// How many distinct lines were refused.
    public let rejectedLineCount: Int

    init(rows: [Row], summary: ObservationImportSummary) {
        self.rows = rows
        rejections = summary.rejections
        dataLineCount = summary.dataLineCount
        rejectedLineCount = summary.rejectedLines
    }

    /// True when every line was accepted.
    public var isClean: Bool { rejectedLineCount == 0 }
}
