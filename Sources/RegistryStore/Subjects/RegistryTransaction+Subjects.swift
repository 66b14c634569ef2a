import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Records a subject of an existing operator and returns it with its number.
    public func addSubject(_ subject: Subject, by actor: Actor) throws -> Subject {
        try actor.require(.registerSubject)
        _ = try requireOperator(subject.operatorID.value)
        var stored = subject
        try db.execute(sql: "INSERT INTO subjects(operator_uscc, kind, name, town_id, body) VALUES (?, ?, ?, ?, '')",
                       arguments: [subject.operatorID.value, subject.kind.rawValue, subject.name, subject.townID])
        stored.id = db.lastInsertedRowID
        try db.execute(sql: "UPDATE subjects SET body = ? WHERE id = ?", arguments: [try encode(stored), stored.id])
        try appendAudit(actor, "registerSubject", .subject, String(stored.id), to: "registered", details: try encode(stored))
        return stored
    }

    /// The subject with a number, or a not-found error.
    public func subject(_ id: Int64) throws -> Subject {
        guard let body = try String.fetchOne(db, sql: "SELECT body FROM subjects WHERE id = ?", arguments: [id]) else {
            throw RegistryError.notFound(entity: .subject, id: String(id))
        }
        return try decode(Subject.self, body, entity: .subject, id: String(id))
    }

    /// Subjects, optionally of one operator.
    public func subjects(operatorUSCC: String? = nil) throws -> [Subject] {
        let rows = if let operatorUSCC {
            try String.fetchAll(db, sql: "SELECT body FROM subjects WHERE operator_uscc = ? ORDER BY id", arguments: [operatorUSCC.uppercased()])
        } else {
            try String.fetchAll(db, sql: "SELECT body FROM subjects ORDER BY id")
        }
        return try rows.map { try decode(Subject.self, $0, entity: .subject, id: "?") }
    }
}
