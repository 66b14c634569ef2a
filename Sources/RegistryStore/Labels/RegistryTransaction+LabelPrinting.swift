import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Records a print run of a batch in `format` and marks its labels printed, in this transaction.
    /// Every label not voided or destroyed is printed, in ascending code order; the codes are returned
    /// in that order so that the caller renders exactly what was recorded. A reprint needs a reason.
    public func recordPrintJob(batch number: String, format: String, by actor: Actor, reason: String? = nil) throws -> (batch: LabelBatch, codes: [LabelCode]) {
        let prepared = try preparePrint(batch: number, format: format, by: actor, reason: reason)
        try record(prepared)
        return (prepared.printed, prepared.codes)
    }

    /// What a print run of a batch would record and draw, read without writing: the same checks as
    /// `recordPrintJob`, for rendering the file before the short transaction that records it.
    public func planPrint(batch number: String, format: String, by actor: Actor, reason: String? = nil) throws -> PrintPlan {
        let prepared = try preparePrint(batch: number, format: format, by: actor, reason: reason)
        return PrintPlan(batch: prepared.printed, codes: prepared.codes, particulars: try labelParticulars(of: prepared.printed),
                         format: format, reason: reason, actor: actor, earlierPrintJobs: prepared.printed.printJobs.count - 1)
    }

    /// Records a planned print run, in this transaction, if it still holds: the batch has had no print
    /// run since, the same codes would be printed and their labels say the same. Otherwise refused
    /// (`changedMeanwhile`) and nothing is recorded, so the file drawn from the plan is thrown away.
    public func recordPrintJob(_ plan: PrintPlan) throws -> LabelBatch {
        let prepared = try preparePrint(batch: plan.batch.number, format: plan.format, by: plan.actor, reason: plan.reason)
        guard prepared.printed.printJobs.count - 1 == plan.earlierPrintJobs, prepared.codes == plan.codes,
              try labelParticulars(of: prepared.printed) == plan.particulars else {
            throw RegistryError.changedMeanwhile(entity: .labelBatch, id: plan.batch.number)
        }
        try record(prepared)
        return prepared.printed
    }

    /// A print run checked but not yet written: the batch's row, the batch with the run appended and
    /// the codes it prints.
    private struct PreparedPrint {
        let id: Int64
        let printed: LabelBatch
        let job: LabelPrintJob
        let codes: [LabelCode]
        let actor: Actor
    }

    private func preparePrint(batch number: String, format: String, by actor: Actor, reason: String?) throws -> PreparedPrint {
        var (id, batch) = try storedBatch(number)
        let codes = try Data.fetchAll(try db.cachedStatement(sql: "SELECT code FROM labels WHERE batch_id = ? AND state IN \(Self.printableStates) ORDER BY code"),
                                       arguments: [id]).map(storedCode)
        guard !codes.isEmpty else {
            throw RegistryError.transitionNotAllowed(entity: .labelBatch, id: batch.number, state: LabelState.voided.chinese, action: .printLabels)
        }
        try batch.recordPrint(format: format, labels: codes.count, showing: try displayStatus(of: batch), by: actor, at: now, reason: reason)
        guard let job = batch.printJobs.last else { throw StoreError.corruptRecord(entity: .labelBatch, id: batch.number) }
        return PreparedPrint(id: id, printed: batch, job: job, codes: codes, actor: actor)
    }

    private func record(_ prepared: PreparedPrint) throws {
        let (id, batch, job, actor) = (prepared.id, prepared.printed, prepared.job, prepared.actor)
        let event = try recordLabelEvent(.printLabels, batchID: id, by: actor, reason: job.reason)
        try db.cachedStatement(sql: "UPDATE labels SET state = ?, event_id = ? WHERE batch_id = ? AND state IN \(Self.printableStates)")
            .execute(arguments: [LabelState.printed.storageNumber, event, id])
        try save(batch, id: id)
        try appendAudit(actor, .printLabels, .labelBatch, batch.number,
                        from: batch.printJobs.count == 1 ? LabelState.allocated.rawValue : LabelState.printed.rawValue,
                        to: LabelState.printed.rawValue, reason: job.reason, details: try encode(job))
    }

    /// The states a label is printed from, as an SQL list.
    private static let printableStates = LabelState.sqlList(LabelState.allowedBefore(.printLabels))

    /// What the labels of a batch say: subject, operator, town, the grade of the subject's valid climate-quality
    /// certificate (特优, 优 or 良 only) and licence number.
    public func labelParticulars(of batch: LabelBatch) throws -> LabelParticulars {
        let licence = try licence(batch.licenceNumber)
        let subject = try subject(licence.subjectID)
        let holder = try requireOperator(licence.operatorID.value)
        return LabelParticulars(kind: subject.kind, subject: subject.name, operatorName: holder.name,
                                town: Yanqing.towns.first { $0.id == subject.townID }?.name ?? subject.townID,
                                grade: try climateGrade(of: licence), licenceNumber: licence.number, link: batch.link)
    }

    /// The climate grade a licence's labels may show today: the best grade of its subject's issued
    /// climate-quality certificates that may be printed.
    func climateGrade(of licence: Licence) throws -> ClimateGrade? {
        try gradingCertificate(of: licence)?.grade
    }

    /// The certificate whose grade a licence's labels show today: the one it rests on while that is in
    /// force, none while it is revoked; for a licence resting on no certificate, the best of its subject's.
    func gradingCertificate(of licence: Licence) throws -> ClimateCertificate? {
        guard licence.climateCertificate != nil else { return try gradingCertificate(subjectID: licence.subjectID) }
        return try restingCertificate(of: licence).flatMap { $0.status(on: today) == .issued && $0.grade.isLabelled ? $0 : nil }
    }

    /// The best of a subject's certificates issued and in force today whose grade may be printed.
    func gradingCertificate(subjectID: Int64) throws -> ClimateCertificate? {
        try climateCertificates(subjectID: subjectID)
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
