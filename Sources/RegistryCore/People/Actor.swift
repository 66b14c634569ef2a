/// The person taking an action, in the role they act in.
public struct Actor: Codable, Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let role: Role

    public init(name: String, role: Role) throws {
        self.name = try TextInput.required(name, field: FieldName("操作人", "actor"), maxLength: 50)
        self.role = role
    }

    /// Throws unless this actor's role may take the action.
    public func require(_ action: RegistryAction) throws {
        guard action.allowedRoles.contains(role) else {
            throw RegistryError.roleNotAllowed(role: role, action: action)
        }
    }

    public var description: String { "\(name) (\(role.rawValue))" }
}
