import RegistryCore

/// Everything a label's verification page shows: the label, its batch, what it shows today and why,
/// the licence with its holder, subject and town, the climate grade, and the scan log's totals.
public struct LabelVerification: Sendable {
    public let label: Label
    public let batch: LabelBatch
    /// The cascade region title → licence → batch → label.
    public let status: DisplayStatus
    public let licence: DirectoryEntry
    public let grade: ClimateGrade?
    /// The scans recorded so far (not those still queued).
    public let scans: ScanSummary
}
