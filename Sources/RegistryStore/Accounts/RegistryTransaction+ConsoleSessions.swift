import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Signs an account in: clears its failed logins, stores a new session under the SHA-256 of `id`
    /// and records the login. Refuses a disabled or locked account.
    public func openSession(for name: String, id: String, csrfToken: String) throws {
        let account = try requireAccount(name)
        guard !account.disabled, !account.isLocked(at: now), let actor = account.actor else {
            throw RegistryError.notFound(entity: .account, id: name)
        }
        try db.execute(sql: "UPDATE staff_accounts SET failed_logins = 0, locked_until_ms = NULL WHERE name = ?", arguments: [name])
        try db.execute(sql: """
            INSERT INTO console_sessions(id_hash, account, csrf_token, created_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?)
            """, arguments: [Self.sha256Hex(Data(id.utf8)), name, csrfToken, Self.milliseconds(now), Self.milliseconds(now)])
        try appendAudit(actor, .login, .account, name)
    }

    /// What a read finds for a session id, without writing: a live session that a request may use as it
    /// is (its recorded last-seen time at most `policy.lastSeenInterval` old, no message waiting), one
    /// that must be resumed with `resumeSession` in a write (seen longer ago, a message to take, idle or
    /// alive too long, or its account disabled), or none.
    public func lookUpSession(id: String, policy: ConsolePolicy) throws -> SessionLookup {
        guard let session = try storedSession(key: Self.sha256Hex(Data(id.utf8))) else { return .unknown }
        guard session.flash == nil, !session.hasEnded(at: now, policy: policy),
              now.timeIntervalSince(session.lastSeenAt) <= policy.lastSeenInterval,
              let account = try account(named: session.accountName), !account.disabled else { return .stale }
        return .live(session: session, account: account)
    }

    /// The live session with this id and its account, marked as seen now and with its flash message
    /// taken; nil (and the session deleted) when it has been idle or alive too long, or its account
    /// is disabled. Idleness is measured from the recorded last-seen time.
    public func resumeSession(id: String, policy: ConsolePolicy) throws -> (session: ConsoleSession, account: StaffAccount)? {
        let key = Self.sha256Hex(Data(id.utf8))
        guard let session = try storedSession(key: key) else { return nil }
        guard !session.hasEnded(at: now, policy: policy), let account = try account(named: session.accountName), !account.disabled else {
            try db.cachedStatement(sql: "DELETE FROM console_sessions WHERE id_hash = ?").execute(arguments: [key])
            return nil
        }
        try db.cachedStatement(sql: "UPDATE console_sessions SET last_seen_ms = ?, flash = NULL WHERE id_hash = ?")
            .execute(arguments: [Self.milliseconds(now), key])
        return (session, account)
    }

    /// The session stored under the SHA-256 of its id.
    private func storedSession(key: String) throws -> ConsoleSession? {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM console_sessions WHERE id_hash = ?"),
                                         arguments: [key]) else { return nil }
        return ConsoleSession(accountName: row["account"], csrfToken: row["csrf_token"],
                              createdAt: Date(timeIntervalSince1970: Double(row["created_ms"] as Int64) / 1000),
                              lastSeenAt: Date(timeIntervalSince1970: Double(row["last_seen_ms"] as Int64) / 1000),
                              flash: row["flash"])
    }

    /// Deletes every session that has been idle or alive too long (those nobody resumes again); returns
    /// how many.
    @discardableResult
    public func deleteExpiredSessions(policy: ConsolePolicy) throws -> Int {
        try db.execute(sql: "DELETE FROM console_sessions WHERE last_seen_ms < ? OR created_ms < ?",
                       arguments: [Self.milliseconds(now.addingTimeInterval(-policy.idleTimeout)),
                                   Self.milliseconds(now.addingTimeInterval(-policy.sessionLifetime))])
        return db.changesCount
    }

    /// Keeps a message for the session's next page.
    public func setFlash(_ message: String, session id: String) throws {
        try db.cachedStatement(sql: "UPDATE console_sessions SET flash = ? WHERE id_hash = ?")
            .execute(arguments: [message, Self.sha256Hex(Data(id.utf8))])
    }

    /// Signs out: deletes the session and records the logout.
    public func closeSession(id: String) throws {
        let key = Self.sha256Hex(Data(id.utf8))
        guard let name = try String.fetchOne(db, sql: "SELECT account FROM console_sessions WHERE id_hash = ?", arguments: [key]) else { return }
        try db.execute(sql: "DELETE FROM console_sessions WHERE id_hash = ?", arguments: [key])
        if let actor = try account(named: name)?.actor {
            try appendAudit(actor, .logout, .account, name)
        }
    }
}
