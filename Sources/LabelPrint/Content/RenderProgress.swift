/// How far a long rendering has come, reported after each page or label.
public struct RenderProgress: Sendable, Hashable {
    /// Labels rendered so far.
    public let labelsDone: Int
    /// Labels in the batch.
    public let labelsTotal: Int

    /// From 0 to 1.
    public var fraction: Double { labelsTotal == 0 ? 1 : Double(labelsDone) / Double(labelsTotal) }
}
