/// The labels of one print run, in print order, with the batch number printed in sheet footers.
public struct PrintBatch: Sendable, Hashable {
    /// e.g. `B-2025-0042`.
    public var batchNumber: String
    public var labels: [LabelContent]

    public init(batchNumber: String, labels: [LabelContent]) {
        self.batchNumber = batchNumber
        self.labels = labels
    }
}
