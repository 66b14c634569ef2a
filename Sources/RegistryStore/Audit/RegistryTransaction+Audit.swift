import Crypto
import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Appends an event to the audit chain, linked by hash to the one before it.
    @discardableResult
    func appendAudit(_ actor: Actor, _ action: AuditAction, _ entity: EntityKind, _ entityID: String,
                     from: String? = nil, to: String? = nil, reason: String? = nil, details: String? = nil) throws -> AuditEvent {
        let head = try Row.fetchOne(try db.cachedStatement(sql: "SELECT sequence, hash FROM audit_head WHERE id = 1"))
        let sequence: Int64 = (head?["sequence"] ?? 0) + 1
        var event = AuditEvent(sequence: sequence, at: now, actor: actor.name, role: actor.role, action: action, entity: entity,
                               entityID: entityID, from: from, to: to, reason: reason, details: details,
                               previousHash: head?["hash"] ?? AuditEvent.genesisHash)
        event.hash = Self.hash(of: event)
        try db.cachedStatement(sql: """
            INSERT INTO audit_events(sequence, at_ms, actor, role, action, entity, entity_id, from_state, to_state,
                                     reason, details, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [event.sequence, Self.milliseconds(event.at), event.actor,
                             event.role.rawValue, event.action.rawValue, event.entity.rawValue, event.entityID, event.from, event.to,
                             event.reason, event.details, event.previousHash, event.hash])
        try db.cachedStatement(sql: """
            INSERT INTO audit_head(id, sequence, hash) VALUES (1, ?, ?)
            ON CONFLICT(id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash
            """).execute(arguments: [event.sequence, event.hash])
        return event
    }

    static func hash(of event: AuditEvent) -> String { sha256Hex(event.canonicalContent) }

    /// The SHA-256 of `data` in lower-case hex.
    static func sha256Hex(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    /// A digest's bytes in lower-case hex.
    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Audit events, newest first, optionally for one record.
    public func auditEvents(entity: EntityKind? = nil, id: String? = nil, limit: Int = 100) throws -> [AuditEvent] {
        var sql = "SELECT * FROM audit_events"
        var arguments: StatementArguments = []
        if let entity {
            sql += " WHERE entity = ?"
            arguments += [entity.rawValue]
            if let id {
                sql += " AND entity_id = ?"
                arguments += [id]
            }
        }
        sql += " ORDER BY sequence DESC LIMIT ?"
        arguments += [limit]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.event)
    }

    static func event(_ row: Row) -> AuditEvent {
        AuditEvent(sequence: row["sequence"], at: Date(timeIntervalSince1970: Double(row["at_ms"] as Int64) / 1000),
                   actor: row["actor"], role: Role(rawValue: row["role"]) ?? .auditor, action: AuditAction(rawValue: row["action"]),
                   entity: EntityKind(rawValue: row["entity"]) ?? .application, entityID: row["entity_id"],
                   from: row["from_state"], to: row["to_state"], reason: row["reason"], details: row["details"],
                   previousHash: row["previous_hash"], hash: row["hash"])
    }
}
