/// A row of an import file that differs from the row already stored for the same station and time.
/// Such a row is never overwritten silently: the import is refused, unless the officer asks to replace.
public struct ObservationConflict: Sendable, Hashable, Codable {
    public let stationID: String
    /// `2025-06-01T13:00` or `2025-06-01`.
    public let time: String
    /// The first column that differs.
    public let column: String
    public let stored: String
    public let incoming: String

    /// `54406 2025-06-01T13:00 temperature：已存 21.3，文件 21.8`.
    public var chinese: String { "\(stationID) \(time) \(column)：已存 \(stored)，文件 \(incoming)" }

    public var english: String { "\(stationID) \(time) \(column): stored \(stored), file \(incoming)" }
}
