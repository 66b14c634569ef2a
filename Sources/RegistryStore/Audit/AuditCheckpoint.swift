/// How far the audit chain was last found intact: the last event verified, its hash as stored then and
/// the number of events up to it. `verifyAudit(after:)` starts from here instead of the first event.
public struct AuditCheckpoint: Sendable, Equatable {
    public let sequence: Int64
    public let hash: String
    public let eventsChecked: Int
}
