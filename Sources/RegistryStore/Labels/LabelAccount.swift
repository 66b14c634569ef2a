import RegistryCore

/// A licence's labels at a glance: its quota, how much is used and left, what its labels show today,
/// and its batches.
public struct LabelAccount: Sendable, Hashable {
    public let licence: Licence
    /// What the licence's labels show today (labels may be issued only while 有效).
    public let shows: DisplayStatus
    public let issued: Int
    public let batches: [LabelBatch]

    public init(licence: Licence, shows: DisplayStatus, issued: Int, batches: [LabelBatch]) {
        self.licence = licence
        self.shows = shows
        self.issued = issued
        self.batches = batches
    }

    /// Labels that may still be issued.
    public var remaining: Int { max(0, licence.quota - issued) }
}
