import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Records a print run of a batch in `format` and marks its labels printed, in this transaction.
    /// Every label not voided or destroyed is printed, in ascending code order; the codes are returned
    /// in that order so that the caller renders exactly what was recorded. A reprint needs a reason.
    public func recordPrintJob(batch number: String, format: String, by actor: Actor, reason: String? = nil) throws -> (batch: LabelBatch, codes: [LabelCode]) {
        var (id, batch) = try storedBatch(number)
        let printable = LabelState.sqlList(LabelState.allowedBefore(.printLabels))
        let codes = try Data.fetchAll(try db.cachedStatement(sql: "SELECT code FROM labels WHERE batch_id = ? AND state IN \(printable) ORDER BY code"),
                                       arguments: [id]).map(storedCode)
        guard !codes.isEmpty else {
            throw RegistryError.transitionNotAllowed(entity: .labelBatch, id: batch.number, state: LabelState.voided.chinese, action: .printLabels)
        }
        try batch.recordPrint(format: format, labels: codes.count, showing: try displayStatus(of: batch), by: actor, at: now, reason: reason)
        let job = batch.printJobs.last!
        let event = try recordLabelEvent(.printLabels, batchID: id, by: actor, reason: job.reason)
        try db.cachedStatement(sql: "UPDATE labels SET state = ?, event_id = ? WHERE batch_id = ? AND state IN \(printable)")
            .execute(arguments: [LabelState.printed.storageNumber, event, id])
        try save(batch, id: id)
        try appendAudit(actor, RegistryAction.printLabels.rawValue, .labelBatch, batch.number,
                        from: batch.printJobs.count == 1 ? LabelState.allocated.rawValue : LabelState.printed.rawValue,
                        to: LabelState.printed.rawValue, reason: job.reason, details: try encode(job))
        return (batch, codes)
    }

    /// Records a print run as `recordPrintJob` does and hands the batch, its codes in print order and
    /// what its labels say to `render`, in this transaction: if rendering throws, nothing is recorded.
    public func printBatch<Output>(_ number: String, format: String, by actor: Actor, reason: String? = nil,
                                   render: (LabelBatch, [LabelCode], LabelParticulars) throws -> Output) throws -> Output {
        let (printed, codes) = try recordPrintJob(batch: number, format: format, by: actor, reason: reason)
        return try render(printed, codes, try labelParticulars(of: printed))
    }

    /// What the labels of a batch say: subject, operator, town, the grade of the subject's valid climate-quality
    /// certificate (特优, 优 or 良 only) and licence number.
    public func labelParticulars(of batch: LabelBatch) throws -> LabelParticulars {
        let licence = try licence(batch.licenceNumber)
        let subject = try subject(licence.subjectID)
        let holder = try requireOperator(licence.operatorID.value)
        return LabelParticulars(subject: subject.name, operatorName: holder.name,
                                town: Yanqing.towns.first { $0.id == subject.townID }?.name ?? subject.townID,
                                grade: try climateGrade(of: licence), licenceNumber: licence.number, link: batch.link)
    }

    /// The climate grade a licence's labels may show today: the best grade of its subject's issued
    /// climate-quality certificates that may be printed.
    func climateGrade(of licence: Licence) throws -> ClimateGrade? {
        try gradingCertificate(of: licence)?.grade
    }

    /// The certificate whose grade a licence's labels show today: the best of its subject's issued
    /// certificates that may be printed.
    func gradingCertificate(of licence: Licence) throws -> ClimateCertificate? {
        try climateCertificates(subjectID: licence.subjectID)
            .filter { $0.status(on: today) == .issued && $0.grade.isLabelled }
            .max { $0.grade < $1.grade }
    }

    /// Appends a print job, voiding or destruction of labels and returns its number.
    func recordLabelEvent(_ action: RegistryAction, batchID: Int64, by actor: Actor, reason: String?) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO label_events(batch_id, action, at_ms, actor, reason) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [batchID, action.rawValue, Self.milliseconds(now), actor.name, reason])
        return db.lastInsertedRowID
    }
}
