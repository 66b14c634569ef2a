import Foundation

/// One print run of a batch: the format, how many labels, who printed them when, and why when it is a reprint.
public struct LabelPrintJob: Codable, Sendable, Hashable {
    /// The output format, e.g. `a4-3x7` or `tspl`.
    public let format: String
    public let labels: Int
    public let at: Date
    public let by: String
    /// Required for a reprint, e.g. `打印机卡纸，第 3–5 张损毁`.
    public let reason: String?

    public init(format: String, labels: Int, at: Date, by: String, reason: String?) {
        self.format = format
        self.labels = labels
        self.at = at
        self.by = by
        self.reason = reason
    }
}
