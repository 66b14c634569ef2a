import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Records a new operator. A USCC already registered is refused.
    public func addOperator(_ record: Operator, by actor: Actor) throws {
        try actor.require(.registerOperator)
        guard try self.operator(record.uscc.value) == nil else {
            throw RegistryError.duplicate(entity: .operator, id: record.uscc.value)
        }
        try db.cachedStatement(sql: "INSERT INTO operators(uscc, name, kind, town_id, body) VALUES (?, ?, ?, ?, ?)").execute(arguments: [record.uscc.value, record.name, record.kind.rawValue, record.townID, try encode(record)])
        try appendAudit(actor, .registerOperator, .operator, record.uscc.value, to: "registered", details: try encode(record))
    }

    /// The operator with a USCC (any case), or nil.
    public func `operator`(_ uscc: String) throws -> Operator? {
        let key = uscc.uppercased()
        return try cache.value("operator:\(key)") { () throws -> Operator? in
            guard let body = try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM operators WHERE uscc = ?"), arguments: [key]) else { return nil }
            return try decode(Operator.self, body, entity: .operator, id: key)
        }
    }

    /// The operator with a USCC, or a not-found error.
    public func requireOperator(_ uscc: String) throws -> Operator {
        guard let record = try self.operator(uscc) else { throw RegistryError.notFound(entity: .operator, id: uscc) }
        return record
    }

    /// Operators, by name, optionally in one town.
    public func operators(townID: String? = nil) throws -> [Operator] {
        let rows = if let townID {
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM operators WHERE town_id = ? ORDER BY name"), arguments: [townID])
        } else {
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM operators ORDER BY name"))
        }
        return try rows.map { try decode(Operator.self, $0, entity: .operator, id: "?") }
    }
}
