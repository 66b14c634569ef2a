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
    /// Lines refused by parsing, the first `ObservationImporter.listedRejections`; any refuses the whole
    /// file.
    public let rejections: [RowRejection]
    /// Every refused line, listed or not.
    public let rejectedLines: Int
    /// Rows that differ from stored ones, the first `ObservationImporter.listedRejections`; any refuses
    /// the file unless replacing was asked for.
    public let conflicts: [ObservationConflict]
    /// Every row that differs from a stored one, listed or not.
    public let conflictCount: Int
    /// Readings flagged suspect by quality control (kept, not used in statistics).
    public let flaggedReadings: Int

    /// Whether the file changed nothing (a re-import).
    public var changedNothing: Bool { inserted == 0 && replaced == 0 }

    /// Refused lines beyond those listed.
    public var unlistedRejectedLines: Int { rejectedLines - Set(rejections.map(\.line)).count }

    /// Differing rows beyond those listed.
    public var unlistedConflicts: Int { conflictCount - conflicts.count }
}

/// Hourly or daily observation files.
public enum ObservationKind: String, Sendable, Hashable, Codable, CaseIterable {
    case hourly
    case daily
}
