import RegistryCore
import RegistryStore

/// One application in the work queue: what it is, whose, where, how old, and whether it is overdue.
struct QueueEntry {
    let number: String
    let subjectName: String
    let operatorName: String
    let townID: String
    let townName: String
    let kind: SubjectKind
    let state: ApplicationState
    let submittedOn: Day?
    /// Calendar days since submission.
    let ageDays: Int?
    /// Why the application is overdue, if it is.
    let overdue: String?

    init(_ application: Application, subject: Subject, operatorName: String, today: Day, deadlines: QueueDeadlines) {
        number = application.number
        subjectName = subject.name
        self.operatorName = operatorName
        townID = subject.townID
        townName = Yanqing.towns.first { $0.id == subject.townID }?.name ?? subject.townID
        kind = application.kind
        state = application.state
        submittedOn = application.submittedOn
        ageDays = application.submittedOn.map { today.daysSinceEpoch - $0.daysSinceEpoch }
        overdue = deadlines.overdue(application, today: today)
    }
}

extension RegistryTransaction {
    /// Every application as the work queue lists it, newest first.
    func queueEntries(deadlines: QueueDeadlines) throws -> [QueueEntry] {
        var operators: [String: String] = [:]
        return try applications().map { application in
            let subject = try subject(application.subjectID)
            let uscc = application.operatorID.value
            if operators[uscc] == nil { operators[uscc] = try requireOperator(uscc).name }
            return QueueEntry(application, subject: subject, operatorName: operators[uscc] ?? uscc, today: today, deadlines: deadlines)
        }
    }
}
