import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Records a subject of an existing operator and returns it with its number. A product whose pack
    /// size or label quota lies outside the workflow policy's bounds is refused, naming the pack size.
    public func addSubject(_ subject: Subject, by actor: Actor) throws -> Subject {
        try actor.require(.registerSubject)
        if case .product(let product) = subject.details { _ = try configuration.policy.labelQuota(of: product) }
        _ = try requireOperator(subject.operatorID.value)
        var stored = subject
        try db.cachedStatement(sql: "INSERT INTO subjects(operator_uscc, kind, name, town_id, body) VALUES (?, ?, ?, ?, '')").execute(arguments: [subject.operatorID.value, subject.kind.rawValue, subject.name, subject.townID])
        stored.id = db.lastInsertedRowID
        try db.cachedStatement(sql: "UPDATE subjects SET body = ? WHERE id = ?").execute(arguments: [try encode(stored), stored.id])
        cache.store("subject:\(stored.id)", stored)
        try appendAudit(actor, .registerSubject, .subject, String(stored.id), to: "registered", details: try encode(stored))
        return stored
    }

    /// The subject with a number, or a not-found error.
    public func subject(_ id: Int64) throws -> Subject {
        let found = try cache.value("subject:\(id)") { () throws -> Subject? in
            guard let body = try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM subjects WHERE id = ?"), arguments: [id]) else { return nil }
            return try decodeShared(Subject.self, body, entity: .subject, id: String(id))
        }
        guard let found else { throw RegistryError.notFound(entity: .subject, id: String(id)) }
        return found
    }

    /// Subjects, optionally of one operator.
    public func subjects(operatorUSCC: String? = nil) throws -> [Subject] {
        let rows = if let operatorUSCC {
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM subjects WHERE operator_uscc = ? ORDER BY id"), arguments: [operatorUSCC.uppercased()])
        } else {
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM subjects ORDER BY id"))
        }
        return try rows.map { try decode(Subject.self, $0, entity: .subject, id: "?") }
    }
}
