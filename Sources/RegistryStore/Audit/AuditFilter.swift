import RegistryCore

/// Which audit events to list: by who acted, what was done, and from which day to which day (Beijing
/// time, both included). Nil fields do not filter.
public struct AuditFilter: Sendable, Hashable {
    public var actor: String?
    public var action: AuditAction?
    public var from: Day?
    public var through: Day?

    public init(actor: String? = nil, action: AuditAction? = nil, from: Day? = nil, through: Day? = nil) {
        self.actor = actor
        self.action = action
        self.from = from
        self.through = through
    }
}
