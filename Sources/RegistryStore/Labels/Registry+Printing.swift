import RegistryCore

extension Registry {
    /// Prints a batch without holding the write lock while drawing: reads what the run prints, hands it
    /// to `render` outside any transaction, then records the run and marks the labels printed in one
    /// short transaction, refused (`changedMeanwhile`) if the batch changed while the file was drawn.
    /// If rendering throws, nothing is recorded.
    public func printBatch<Output>(_ number: String, format: String, by actor: Actor, reason: String? = nil,
                                   render: (LabelBatch, [LabelCode], LabelParticulars) throws -> Output) throws -> (output: Output, batch: LabelBatch) {
        let plan = try read { try $0.planPrint(batch: number, format: format, by: actor, reason: reason) }
        let output = try render(plan.batch, plan.codes, plan.particulars)
        let printed = try write { try $0.recordPrintJob(plan) }
        return (output, printed)
    }
}
