/// What an import file yields: the rows that passed, and every line that did not.
///
/// The file is parsed completely before anything is stored, so a store can apply it all-or-nothing
/// in one transaction (refuse the file unless `isClean`) and idempotently (rows are unique by
/// station and time; upsert on that key).
public struct ObservationImport<Row: Sendable & Hashable>: Sendable, Hashable {
    /// Accepted rows in file order, quality-flagged (in place, by the importer).
    public internal(set) var rows: [Row]
    /// Refusals, ordered by line; several may concern the same line.
    public let rejections: [RowRejection]
    /// Data lines read (without the header and blank lines).
    public let dataLineCount: Int

    public init(rows: [Row], rejections: [RowRejection], dataLineCount: Int) {
        self.rows = rows
        self.rejections = rejections
        self.dataLineCount = dataLineCount
    }

    /// True when every line was accepted.
    public var isClean: Bool { rejections.isEmpty }

    /// How many distinct lines were refused.
    public var rejectedLineCount: Int { Set(rejections.map(\.line)).count }
}
