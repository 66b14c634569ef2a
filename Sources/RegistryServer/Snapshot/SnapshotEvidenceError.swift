import RegistryCore

/// Why a saved snapshot, its signature or a saved public key cannot serve as evidence.
public enum SnapshotEvidenceError: Error, UserFacingError, Equatable {
    case unreadableSnapshot
    /// A snapshot from before snapshots carried the audit head.
    case noAuditHead
    case unreadableSignature
    case unreadablePublicKey
    /// No key that signed snapshots of that day verifies the signature.
    case badSignature(date: Day)

    public var chinese: String {
        switch self {
        case .unreadableSnapshot: "无法读取快照：应为 /api/v1/snapshot 原样保存的 JSON"
        case .noAuditHead: "该快照没有记录审计链头（audit），无法用于核对审计链"
        case .unreadableSignature: "无法读取快照签名：应为 X-Oxlabel-Signature 头的 base64 文本"
        case .unreadablePublicKey: "无法读取公钥：应为 /api/v1/snapshot/public-key 原样保存的 JSON 或 base64 公钥"
        case .badSignature(let date): "\(date) 的快照签名无效：快照或签名被改动，或不是由该登记库的密钥签署"
        }
    }

    public var english: String {
        switch self {
        case .unreadableSnapshot: "cannot read the snapshot: expected the JSON of /api/v1/snapshot as saved"
        case .noAuditHead: "the snapshot records no audit head (audit) to check the chain against"
        case .unreadableSignature: "cannot read the signature: expected the base64 text of the X-Oxlabel-Signature header"
        case .unreadablePublicKey: "cannot read the public key: expected the JSON of /api/v1/snapshot/public-key as saved, or a base64 key"
        case .badSignature(let date): "the signature of the snapshot of \(date) does not verify: the snapshot or the signature was changed, or another key signed it"
        }
    }
}
