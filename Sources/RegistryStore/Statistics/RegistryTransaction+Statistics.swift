import GRDB
import RegistryCore

extension RegistryTransaction {
    /// How many applications are in each state.
    public func applicationCounts() throws -> [ApplicationState: Int] {
        var counts: [ApplicationState: Int] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT state, COUNT(*) AS n FROM applications GROUP BY state")) {
            if let state = ApplicationState(rawValue: row["state"]) { counts[state] = row["n"] }
        }
        return counts
    }

    /// How many licences are in each status today, expiry derived from the validity date.
    public func licenceCounts() throws -> [LicenceStatus: Int] {
        var counts: [LicenceStatus: Int] = [:]
        let rows = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT \(Self.shownLicenceStatusSQL) AS shown, COUNT(*) AS n FROM licences GROUP BY shown
            """), arguments: [today.description])
        for row in rows {
            if let status = LicenceStatus(rawValue: row["shown"]) { counts[status] = row["n"] }
        }
        return counts
    }

    /// The number of operators, subjects and audit events.
    public func recordCounts() throws -> (operators: Int, subjects: Int, auditEvents: Int) {
        (try Int.fetchOne(try db.cachedStatement(sql: "SELECT COUNT(*) FROM operators")) ?? 0,
         try Int.fetchOne(try db.cachedStatement(sql: "SELECT COUNT(*) FROM subjects")) ?? 0,
         try Int.fetchOne(try db.cachedStatement(sql: "SELECT COALESCE(MAX(sequence), 0) FROM audit_events")) ?? 0)
    }
}
