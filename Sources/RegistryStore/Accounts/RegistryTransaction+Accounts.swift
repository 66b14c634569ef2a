import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Creates a staff account; refuses an empty or taken name and an empty set of roles.
    @discardableResult
    public func addAccount(name: String, roles: Set<Role>, passwordHash: String, by actor: Actor) throws -> StaffAccount {
        let name = try StaffAccount.validName(name)
        guard !roles.isEmpty else { throw FieldError.empty(field: StaffAccount.rolesField) }
        guard try account(named: name) == nil else { throw RegistryError.duplicate(entity: .account, id: name) }
        let account = StaffAccount(name: name, roles: Array(roles), passwordHash: passwordHash, createdAt: now)
        try db.execute(sql: "INSERT INTO staff_accounts(name, roles, password_hash, created_ms) VALUES (?, ?, ?, ?)",
                       arguments: [name, account.roles.map(\.rawValue).joined(separator: ","), passwordHash, Self.milliseconds(now)])
        try appendAudit(actor, .addAccount, .account, name, to: account.roles.map(\.rawValue).joined(separator: ","))
        return account
    }

    /// The account with this name, or nil.
    public func account(named name: String) throws -> StaffAccount? {
        try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM staff_accounts WHERE name = ?"), arguments: [name]).map(Self.account)
    }

    /// Every account, by name.
    public func accounts() throws -> [StaffAccount] {
        try Row.fetchAll(db, sql: "SELECT * FROM staff_accounts ORDER BY name").map(Self.account)
    }

    /// Replaces an account's password hash; ends its sessions and clears failed logins.
    public func setPassword(of name: String, hash: String, by actor: Actor) throws {
        try requireAccount(name)
        try db.execute(sql: "UPDATE staff_accounts SET password_hash = ?, failed_logins = 0 WHERE name = ?", arguments: [hash, name])
        try db.execute(sql: "DELETE FROM console_sessions WHERE account = ?", arguments: [name])
        try appendAudit(actor, .changePassword, .account, name)
    }

    /// Lifts a lock-out and clears the failed logins.
    public func unlockAccount(_ name: String, by actor: Actor) throws {
        let account = try requireAccount(name)
        try db.execute(sql: "UPDATE staff_accounts SET failed_logins = 0, locked_until_ms = NULL WHERE name = ?", arguments: [name])
        try appendAudit(actor, .unlockAccount, .account, name, from: account.isLocked(at: now) ? "locked" : "active", to: "active")
    }

    /// Disables an account for good: it can no longer sign in and its sessions end. Its name stays in
    /// the audit trail.
    public func disableAccount(_ name: String, by actor: Actor) throws {
        let account = try requireAccount(name)
        guard !account.disabled else { return }
        try db.execute(sql: "UPDATE staff_accounts SET disabled = 1 WHERE name = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM console_sessions WHERE account = ?", arguments: [name])
        try appendAudit(actor, .disableAccount, .account, name, from: "active", to: "disabled")
    }

    /// Records a failed login: counts it and, at the policy's limit, locks the account. Returns the
    /// account as it now is.
    @discardableResult
    public func recordFailedLogin(of name: String, policy: ConsolePolicy) throws -> StaffAccount {
        let before = try requireAccount(name)
        guard let actor = before.actor else { return before }
        let failures = before.failedLogins + 1
        if failures >= policy.maxFailedLogins {
            let until = now.addingTimeInterval(policy.lockout)
            try db.execute(sql: "UPDATE staff_accounts SET failed_logins = 0, locked_until_ms = ? WHERE name = ?",
                           arguments: [Self.milliseconds(until), name])
            try appendAudit(actor, .loginFailed, .account, name, reason: "wrong password")
            try appendAudit(actor, .lockOut, .account, name, from: "active", to: "locked",
                            reason: "\(failures) failed logins", details: "{\"lockedUntilMs\":\(Self.milliseconds(until))}")
        } else {
            try db.execute(sql: "UPDATE staff_accounts SET failed_logins = ? WHERE name = ?", arguments: [failures, name])
            try appendAudit(actor, .loginFailed, .account, name, reason: "wrong password")
        }
        return try requireAccount(name)
    }

    @discardableResult
    func requireAccount(_ name: String) throws -> StaffAccount {
        guard let account = try account(named: name) else { throw RegistryError.notFound(entity: .account, id: name) }
        return account
    }

    static func account(_ row: Row) -> StaffAccount {
        let roles = (row["roles"] as String).split(separator: ",").compactMap { Role(rawValue: String($0)) }
        let locked: Int64? = row["locked_until_ms"]
        return StaffAccount(name: row["name"], roles: roles, passwordHash: row["password_hash"], failedLogins: row["failed_logins"],
                            lockedUntil: locked.map { Date(timeIntervalSince1970: Double($0) / 1000) }, disabled: row["disabled"],
                            createdAt: Date(timeIntervalSince1970: Double(row["created_ms"] as Int64) / 1000))
    }
}
