import RegistryCore

/// Everything a label's verification page shows: the label, its batch, what it shows today and why,
/// the licence with its holder, subject and town, the climate grade with its certificate, a homestay's
/// NAI, a dish's ingredients, and the scan log's totals. What the batch's labels share is held once, by reference.
public struct LabelVerification: Sendable {
    public let label: Label
    /// The cascade region title → licence → batch → label.
    public let status: DisplayStatus
    /// The scans recorded so far (not those still queued).
    public let scans: ScanSummary
    /// The sequence number of the newest audit event when the label was read. Every change of the
    /// registry appends an audit event, so two labels of one batch read at the same stamp, on the same
    /// day, show the same licence, batch, certificate and NAI.
    public let registryStamp: Int64
    /// The day the batch's facts were read for (a licence's status and a homestay's NAI year follow the date).
    public let factsDay: Day
    let facts: BatchPageFacts

    public var batch: LabelBatch { facts.batch }
    public var licence: DirectoryEntry { facts.licence }
    /// The certificate whose grade the label shows.
    public var certificate: LabelCertificate? { facts.certificate }
    /// For a homestay: the nearest NAI station's mean and grade.
    public var nai: LabelNAI? { facts.nai }
    public var grade: ClimateGrade? { facts.certificate?.grade }
    /// For a dish: its declared ingredients, in the order declared.
    public var ingredients: [LabelIngredient] { facts.ingredients }
}
