import Foundation

/// One change of state, appended to the tamper-evident audit chain: who, in which role, when, what
/// changed from what to what, why, and the evidence. Each event carries the SHA-256 of its predecessor.
public struct AuditEvent: Codable, Sendable, Hashable {
    /// Position in the chain, from 1.
    public var sequence: Int64
    /// When it happened, to the millisecond.
    public var at: Date
    public var actor: String
    public var role: Role
    public var action: AuditAction
    public var entity: EntityKind
    public var entityID: String
    public var from: String?
    public var to: String?
    public var reason: String?
    /// Supporting detail as JSON (rule verdicts, evidence, deadlines).
    public var details: String?
    /// Hex SHA-256 of the previous event (64 zeros for the first).
    public var previousHash: String
    /// Hex SHA-256 of `previousHash` and this event's canonical content.
    public var hash: String

    /// The state the entity left, by its Chinese name.
    public var fromName: String? { from.map { AuditStateName.chinese($0, of: entity) } }
    /// The state the entity reached, by its Chinese name.
    public var toName: String? { to.map { AuditStateName.chinese($0, of: entity) } }

    /// The hash of the chain before its first event.
    public static let genesisHash = String(repeating: "0", count: 64)

    public init(sequence: Int64, at: Date, actor: String, role: Role, action: AuditAction, entity: EntityKind, entityID: String,
                from: String?, to: String?, reason: String?, details: String?, previousHash: String, hash: String = "") {
        self.sequence = sequence
        self.at = Date(timeIntervalSince1970: (at.timeIntervalSince1970 * 1000).rounded() / 1000)
        self.actor = actor
        self.role = role
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.from = from
        self.to = to
        self.reason = reason
        self.details = details
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The bytes that are hashed: the previous hash and every field, each length-prefixed so that no
    /// two different events share a serialisation.
    public var canonicalContent: Data {
        let milliseconds = Int64((at.timeIntervalSince1970 * 1000).rounded())
        let fields: [String?] = [previousHash, String(sequence), String(milliseconds), actor, role.rawValue, action.rawValue,
                                 entity.rawValue, entityID, from, to, reason, details]
        var text = ""
        for field in fields {
            if let field { text += "\(field.utf8.count):\(field);" } else { text += "-;" }
        }
        return Data(text.utf8)
    }
}
