import RegistryCore

/// One page of audit events matching a filter, newest first, with how many match in all.
public struct AuditPage: Sendable, Hashable {
    public let events: [AuditEvent]
    public let total: Int
    public let offset: Int
}
