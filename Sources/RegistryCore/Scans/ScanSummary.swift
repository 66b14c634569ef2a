import Foundation

/// What the scan log says about one label: the basis of "首次查询于 … · 共查询 N 次" and of the
/// copied-code signals.
public struct ScanSummary: Sendable, Hashable {
    /// The first recorded scan; nil before any.
    public var firstScan: Date?
    /// Scans recorded.
    public var scans: Int
    /// Scans recorded while the label was voided or destroyed.
    public var scansWhileVoided: Int
    /// Scans recorded of every label of the label's batch.
    public var batchScans: Int
    /// The label's signal of many distinct clients within a window, as last raised.
    public var labelSignal: ClientSignal?
    /// The batch's signal of many distinct clients within a window, as last raised.
    public var batchSignal: ClientSignal?
    /// When staff last acknowledged the label's signals after checking; signals raised before do not show.
    public var acknowledged: Date?

    public init(firstScan: Date? = nil, scans: Int = 0, scansWhileVoided: Int = 0, batchScans: Int = 0,
                labelSignal: ClientSignal? = nil, batchSignal: ClientSignal? = nil, acknowledged: Date? = nil) {
        self.firstScan = firstScan
        self.scans = scans
        self.scansWhileVoided = scansWhileVoided
        self.batchScans = batchScans
        self.labelSignal = labelSignal
        self.batchSignal = batchSignal
        self.acknowledged = acknowledged
    }

    /// The summary once one more scan, showing `outcome` at `date`, is counted: the page counts the
    /// scan it answers, which the log writes a moment later.
    public func counting(_ outcome: LabelScan.Outcome, at date: Date) -> ScanSummary {
        var summary = self
        summary.firstScan = firstScan ?? date
        summary.scans += 1
        summary.batchScans += 1
        if outcome == .voided { summary.scansWhileVoided += 1 }
        return summary
    }
}
