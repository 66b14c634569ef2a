import RegistryCore

/// What one compaction of the scan log did: raw scans before `firstKeptDay` rolled up into daily
/// totals per label.
public struct ScanCompaction: Sendable, Hashable, Codable {
    public let firstKeptDay: Day
    /// Raw scan rows rolled up (and removed).
    public let rawScans: Int
    /// Daily totals written or added to.
    public let labelDays: Int
}
