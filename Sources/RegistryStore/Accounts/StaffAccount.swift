import Foundation
import RegistryCore

/// A member of staff who signs in to the console: a name, the roles held, a bcrypt password hash and
/// the lock-out state. The name is the one the audit trail records for everything the person does.
public struct StaffAccount: Sendable, Hashable {
    public let name: String
    /// The roles held, in `Role.allCases` order; never empty.
    public let roles: [Role]
    public let passwordHash: String
    /// Failed logins since the last successful one or the last lock-out.
    public let failedLogins: Int
    /// The end of a lock-out, if one was imposed.
    public let lockedUntil: Date?
    public let disabled: Bool
    public let createdAt: Date

    public init(name: String, roles: [Role], passwordHash: String, failedLogins: Int = 0, lockedUntil: Date? = nil,
                disabled: Bool = false, createdAt: Date) {
        self.name = name
        self.roles = Role.allCases.filter(roles.contains)
        self.passwordHash = passwordHash
        self.failedLogins = failedLogins
        self.lockedUntil = lockedUntil
        self.disabled = disabled
        self.createdAt = createdAt
    }

    /// The field an account name is typed in.
    public static let nameField = FieldName("用户名", "user name")
    /// The field the roles are chosen in.
    public static let rolesField = FieldName("角色", "roles")

    /// A valid account name: the same rules as an actor's name, since it becomes one.
    public static func validName(_ name: String) throws(FieldError) -> String {
        try TextInput.required(name, field: nameField, maxLength: 50)
    }

    /// Whether a lock-out is still running at `now`.
    public func isLocked(at now: Date) -> Bool {
        lockedUntil.map { $0 > now } ?? false
    }

    /// The role the account is recorded in when it acts outside any registry action (signing in).
    public var primaryRole: Role { roles.first ?? .auditor }

    /// Whether any role held permits the action.
    public func permits(_ action: RegistryAction) -> Bool {
        roles.contains(where: action.allowedRoles.contains)
    }

    /// The actor to record for an action: this account in the first held role that permits it, or nil.
    public func actor(for action: RegistryAction) -> Actor? {
        roles.first(where: action.allowedRoles.contains).flatMap { try? Actor(name: name, role: $0) }
    }

    /// The account as the audit trail names it when it acts in its primary role.
    public var actor: Actor? { try? Actor(name: name, role: primaryRole) }
}
