import RegistryCore

/// A print run read before its file is drawn (`planPrint`): the batch as the run leaves it, the codes
/// it prints in order and what their labels say. `recordPrintJob(_:)` records it only if it still holds.
public struct PrintPlan: Sendable {
    /// The batch with this print run appended.
    public let batch: LabelBatch
    public let codes: [LabelCode]
    public let particulars: LabelParticulars
    let format: String
    let reason: String?
    let actor: Actor
    /// How many print runs the batch had before this one.
    let earlierPrintJobs: Int
}
