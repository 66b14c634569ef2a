import GRDB
import RegistryCore

/// The result of checking the audit hash chain up to the recorded head, from its first event (a full
/// check) or from a checkpoint of an earlier intact check (an incremental one).
public struct AuditVerification: Sendable, Equatable {
    /// The events the chain holds up to the last one checked, counting those verified before a checkpoint.
    public var eventsChecked: Int
    public var problems: [Problem]
    /// Whether every hash was recomputed from the first event.
    public var isFull: Bool
    /// How many hashes this check recomputed.
    public var eventsRecomputed: Int
    /// Where the next incremental check may start; nil when the chain is broken.
    public var checkpoint: AuditCheckpoint?

    public var isIntact: Bool { problems.isEmpty }

    /// One break in the chain, naming the event.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The event's content no longer matches its hash.
        case edited(sequence: Int64)
        /// Events are missing before this one.
        case missing(before: Int64, expected: Int64)
        /// The event does not follow the one stored before it (reordered, or its predecessor replaced).
        case brokenLink(sequence: Int64)
        /// The chain ends before the recorded head: trailing events were deleted.
        case truncated(lastSequence: Int64, headSequence: Int64)
        /// Events are stored but the head record is gone: trailing events may have been deleted with it.
        case headMissing(lastSequence: Int64)
        /// The event a saved snapshot recorded as the head is no longer stored: the chain was cut after it.
        case anchorMissing(sequence: Int64)
        /// The event a saved snapshot recorded as the head has another hash now: the chain was rewritten.
        case anchorMismatch(sequence: Int64)

        public var description: String {
            switch self {
            case .edited(let s): "event \(s) was edited after it was written (事件 \(s) 被改动)"
            case .missing(let before, let expected): "events \(expected)…\(before - 1) are missing (事件 \(expected)–\(before - 1) 被删除)"
            case .brokenLink(let s): "event \(s) does not follow the event before it: reordered or replaced (事件 \(s) 顺序被打乱或前一事件被替换)"
            case .truncated(let last, let head): "the chain ends at event \(last) but \(head) were written (末尾事件被删除)"
            case .headMissing(let last): "the chain's head record is missing after event \(last): trailing events may have been deleted with it (链头记录缺失)"
            case .anchorMissing(let s): "event \(s), the head in the saved snapshot, is no longer in the chain: it was cut after the snapshot (快照记录的事件 \(s) 已不存在)"
            case .anchorMismatch(let s): "event \(s) differs from the head in the saved snapshot: the chain was rewritten after it (事件 \(s) 与快照记录不符，审计链被改写)"
            }
        }

        /// The break in Chinese, for the console.
        public var chinese: String {
            switch self {
            case .edited(let s): "事件 \(s) 在写入后被改动"
            case .missing(let before, let expected): "事件 \(expected)–\(before - 1) 被删除"
            case .brokenLink(let s): "事件 \(s) 与前一事件不衔接：顺序被打乱或前一事件被替换"
            case .truncated(let last, let head): "审计链止于事件 \(last)，但已写入 \(head) 条：末尾事件被删除"
            case .headMissing(let last): "审计链有事件至 \(last)，但链头记录缺失：末尾事件可能连同链头一起被删除"
            case .anchorMissing(let s): "快照记录的链头事件 \(s) 已不在审计链中：审计链在快照之后被截断"
            case .anchorMismatch(let s): "事件 \(s) 的哈希与快照记录的不同：审计链在快照之后被改写"
            }
        }
    }
}

extension RegistryTransaction {
    /// Recomputes every hash of the audit chain and reports each event that does not fit.
    public func verifyAudit() throws -> AuditVerification {
        try verifyAudit(after: nil)
    }

    /// Recomputes every hash as `verifyAudit()` does and also checks the chain against a head saved
    /// outside the registry (in a signed snapshot): the event with the anchor's sequence must still be
    /// stored with the anchor's hash, so that a chain cut or rewritten after the anchor was saved is named.
    public func verifyAudit(against anchor: AuditHead) throws -> AuditVerification {
        try verifyAudit(after: nil, anchor: anchor)
    }

    /// The recorded head of the chain: its newest event's sequence and hash (sequence 0 and the
    /// genesis hash while the chain is empty).
    public func auditHead() throws -> AuditHead {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT sequence, hash FROM audit_head WHERE id = 1")) else {
            return AuditHead(sequence: 0, hash: AuditEvent.genesisHash)
        }
        return AuditHead(sequence: row["sequence"], hash: row["hash"])
    }

    /// Checks the chain from `checkpoint` on: the remembered event must still be stored with the same
    /// hash, its content must still give that hash, and exactly `checkpoint.sequence` events must
    /// precede or be it; then every later event is recomputed and linked, and the head record compared.
    /// When the checkpoint no longer holds, the whole chain is recomputed, so that the problem is named.
    /// An edit to an event before the checkpoint that keeps all of this is not seen here: only a full
    /// check (no checkpoint) finds it.
    public func verifyAudit(after checkpoint: AuditCheckpoint?) throws -> AuditVerification {
        try verifyAudit(after: checkpoint, anchor: nil)
    }

    /// The check itself; an anchor is given only with a full check (no checkpoint).
    private func verifyAudit(after checkpoint: AuditCheckpoint?, anchor: AuditHead?) throws -> AuditVerification {
        var problems: [AuditVerification.Problem] = []
        var expectedSequence: Int64 = 1
        var previousHash = AuditEvent.genesisHash
        var checked = 0
        if let checkpoint {
            guard try holds(checkpoint) else { return try verifyAudit(after: nil, anchor: anchor) }
            expectedSequence = checkpoint.sequence + 1
            previousHash = checkpoint.hash
            checked = checkpoint.eventsChecked
        }
        var recomputed = 0
        var anchorFound = anchor.map { $0.sequence == 0 } ?? true
        let rows = try Row.fetchCursor(try db.cachedStatement(sql: "SELECT * FROM audit_events WHERE sequence >= ? ORDER BY sequence"),
                                       arguments: [expectedSequence])
        while let row = try rows.next() {
            let event = Self.event(row)
            checked += 1
            recomputed += 1
            if event.sequence != expectedSequence {
                problems.append(.missing(before: event.sequence, expected: expectedSequence))
            } else if event.previousHash != previousHash {
                problems.append(.brokenLink(sequence: event.sequence))
            }
            if Self.hash(of: event) != event.hash {
                problems.append(.edited(sequence: event.sequence))
            }
            if let anchor, event.sequence == anchor.sequence {
                anchorFound = true
                if event.hash != anchor.hash { problems.append(.anchorMismatch(sequence: event.sequence)) }
            }
            expectedSequence = event.sequence + 1
            previousHash = event.hash
        }
        if let head = try Row.fetchOne(try db.cachedStatement(sql: "SELECT sequence, hash FROM audit_head WHERE id = 1")) {
            let headSequence: Int64 = head["sequence"]
            if headSequence != expectedSequence - 1 || (head["hash"] as String) != previousHash {
                problems.append(.truncated(lastSequence: expectedSequence - 1, headSequence: headSequence))
            }
        } else if expectedSequence > 1 {
            problems.append(.headMissing(lastSequence: expectedSequence - 1))
        }
        if let anchor, !anchorFound { problems.append(.anchorMissing(sequence: anchor.sequence)) }
        return AuditVerification(
            eventsChecked: checked, problems: problems, isFull: checkpoint == nil, eventsRecomputed: recomputed,
            checkpoint: problems.isEmpty ? AuditCheckpoint(sequence: expectedSequence - 1, hash: previousHash, eventsChecked: checked) : nil)
    }

    /// Whether the checkpoint's event is still stored unchanged with as many events up to it as before.
    private func holds(_ checkpoint: AuditCheckpoint) throws -> Bool {
        let count = try Int.fetchOne(try db.cachedStatement(sql: "SELECT COUNT(*) FROM audit_events WHERE sequence <= ?"),
                                     arguments: [checkpoint.sequence]) ?? 0
        guard count == checkpoint.eventsChecked else { return false }
        guard checkpoint.sequence > 0 else { return true }
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: "SELECT * FROM audit_events WHERE sequence = ?"),
                                         arguments: [checkpoint.sequence]) else { return false }
        let event = Self.event(row)
        return event.hash == checkpoint.hash && Self.hash(of: event) == checkpoint.hash
    }
}
