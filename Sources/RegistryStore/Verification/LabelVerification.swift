import RegistryCore

/// Everything a label's verification page shows: the label, its batch, what it shows today and why,
/// the licence with its holder, subject and town, the climate grade with its certificate, a homestay's
/// NAI, and the scan log's totals.
public struct LabelVerification: Sendable {
    public let label: Label
    public let batch: LabelBatch
    /// The cascade region title → licence → batch → label.
    public let status: DisplayStatus
    public let licence: DirectoryEntry
    /// The certificate whose grade the label shows.
    public let certificate: LabelCertificate?
    /// For a homestay: the nearest NAI station's mean and grade.
    public let nai: LabelNAI?
    /// The scans recorded so far (not those still queued).
    public let scans: ScanSummary

    public var grade: ClimateGrade? { certificate?.grade }
}
