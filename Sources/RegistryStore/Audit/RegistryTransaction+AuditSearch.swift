import GRDB
import RegistryCore

extension RegistryTransaction {
    /// The events matching `filter`, newest first, `limit` of them after skipping `offset`.
    public func auditEvents(matching filter: AuditFilter, offset: Int, limit: Int) throws -> AuditPage {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let actor = filter.actor {
            conditions.append("actor = ?")
            arguments += [actor]
        }
        if let action = filter.action {
            conditions.append("action = ?")
            arguments += [action.rawValue]
        }
        if let from = filter.from {
            conditions.append("at_ms >= ?")
            arguments += [Self.milliseconds(from.start)]
        }
        if let through = filter.through {
            conditions.append("at_ms < ?")
            arguments += [Self.milliseconds(through.adding(days: 1).start)]
        }
        let clause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_events" + clause, arguments: arguments) ?? 0
        let events = try Row.fetchAll(db, sql: "SELECT * FROM audit_events\(clause) ORDER BY sequence DESC LIMIT ? OFFSET ?",
                                      arguments: arguments + [max(limit, 0), max(offset, 0)]).map(Self.event)
        return AuditPage(events: events, total: total, offset: offset)
    }

    /// Every action that appears in the audit trail, sorted, for a filter's choices.
    public func auditActions() throws -> [AuditAction] {
        try String.fetchAll(try db.cachedStatement(sql: "SELECT DISTINCT action FROM audit_events ORDER BY action"))
            .map(AuditAction.init(rawValue:))
    }
}
