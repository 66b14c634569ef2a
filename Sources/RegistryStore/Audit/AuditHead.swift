/// The head of the audit chain: the sequence and hash of its newest event. The signed daily snapshot
/// publishes it, so that an inspector's saved copy anchors the chain outside the registry's file.
public struct AuditHead: Codable, Sendable, Equatable {
    public let sequence: Int64
    /// The newest event's hash, 64 lower-case hexadecimal digits.
    public let hash: String

    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }
}
