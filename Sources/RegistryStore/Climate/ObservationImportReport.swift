import ClimateQuality

/// What an observation import did, or why it was refused. A refused import stores nothing.
public struct ObservationImportReport: Sendable, Hashable, Codable {
    public let file: String
    public let kind: ObservationKind
    /// Hex SHA-256 of the file's bytes, as recorded in the audit trail.
    public let sha256: String
    public let dataLines: Int
    /// New rows stored.
    public let inserted: Int
    /// Rows already stored with the same values.
    public let unchanged: Int
    /// Stored rows overwritten on request.
    public let replaced: Int
    /// Lines refused by parsing and quality control; any refuses the whole file.
    public let rejections: [RowRejection]
    /// Rows that differ from stored ones; any refuses the file unless replacing was asked for.
    public let conflicts: [ObservationConflict]
    /// Readings flagged suspect by quality control (kept, not used in statistics).
    public let flaggedReadings: Int

    /// Whether the file changed nothing (a re-import).
    public var changedNothing: Bool { inserted == 0 && replaced == 0 }
}

/// Hourly or daily observation files.
public enum ObservationKind: String, Sendable, Hashable, Codable, CaseIterable {
    case hourly
    case daily
}
