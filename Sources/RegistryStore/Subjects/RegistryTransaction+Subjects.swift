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

    /// Corrects fields of a subject (`SubjectEdit`) and returns it as stored with the fields changed; the
    /// correction is in the audit trail with each field's old and new value, and one that changes nothing
    /// records nothing. While a licence of the subject is in force (有效 or 已暂停), a field its approval
    /// rests on (`Subject.approvedFields`) is refused, naming every such field; a product outside the
    /// workflow policy's pack-size and quota bounds is refused as at registration.
    public func editSubject(_ id: Int64, _ edit: SubjectEdit, by actor: Actor) throws -> (subject: Subject, changes: [SubjectFieldChange]) {
        try actor.require(.editSubject)
        let old = try subject(id)
        let new = try edit.applied(to: old)
        if case .product(let product) = new.details { _ = try configuration.policy.labelQuota(of: product) }
        let changes = SubjectFieldChange.changes(from: old, to: new)
        guard !changes.isEmpty else { return (old, []) }
        let approved = old.approvedFields
        let locked = changes.filter { change in approved.contains { $0.chinese == change.field } }
        if let first = locked.first, let licence = try licences(operatorUSCC: old.operatorID.value).first(where: {
            $0.subjectID == id && [.active, .suspended].contains($0.status(on: today))
        }) {
            throw FieldError.invalid(
                field: FieldName(first.field, first.fieldEnglish),
                chinese: "是许可 \(licence.number) 审批所依据的内容，许可有效期间不能更正（涉及：\(locked.map(\.field).joined(separator: "、"))）",
                english: "is part of what licence \(licence.number) was approved on and cannot be corrected while it is in force "
                    + "(fields: \(locked.map(\.fieldEnglish).joined(separator: ", ")))")
        }
        try db.cachedStatement(sql: "UPDATE subjects SET name = ?, town_id = ?, body = ? WHERE id = ?")
            .execute(arguments: [new.name, new.townID, try encode(new), id])
        cache.store("subject:\(id)", new)
        try appendAudit(actor, .editSubject, .subject, String(id), to: "edited",
                        reason: changes.map(\.field).joined(separator: "、"), details: try encode(changes))
        return (new, changes)
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
