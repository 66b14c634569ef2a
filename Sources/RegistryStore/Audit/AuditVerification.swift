import GRDB
import RegistryCore

/// The result of checking the audit hash chain from its first event to the recorded head.
public struct AuditVerification: Sendable, Equatable {
    public var eventsChecked: Int
    public var problems: [Problem]

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

        public var description: String {
            switch self {
            case .edited(let s): "event \(s) was edited after it was written (事件 \(s) 被改动)"
            case .missing(let before, let expected): "events \(expected)…\(before - 1) are missing (事件 \(expected)–\(before - 1) 被删除)"
            case .brokenLink(let s): "event \(s) does not follow the event before it: reordered or replaced (事件 \(s) 顺序被打乱或前一事件被替换)"
            case .truncated(let last, let head): "the chain ends at event \(last) but \(head) were written (末尾事件被删除)"
            }
        }

        /// The break in Chinese, for the console.
        public var chinese: String {
            switch self {
            case .edited(let s): "事件 \(s) 在写入后被改动"
            case .missing(let before, let expected): "事件 \(expected)–\(before - 1) 被删除"
            case .brokenLink(let s): "事件 \(s) 与前一事件不衔接：顺序被打乱或前一事件被替换"
            case .truncated(let last, let head): "审计链止于事件 \(last)，但已写入 \(head) 条：末尾事件被删除"
            }
        }
    }
}

extension RegistryTransaction {
    /// Recomputes every hash of the audit chain and reports each event that does not fit.
    public func verifyAudit() throws -> AuditVerification {
        var problems: [AuditVerification.Problem] = []
        var expectedSequence: Int64 = 1
        var previousHash = AuditEvent.genesisHash
        var checked = 0
        let rows = try Row.fetchCursor(try db.cachedStatement(sql: "SELECT * FROM audit_events ORDER BY sequence"))
        while let row = try rows.next() {
            let event = Self.event(row)
            checked += 1
            if event.sequence != expectedSequence {
                problems.append(.missing(before: event.sequence, expected: expectedSequence))
            } else if event.previousHash != previousHash {
                problems.append(.brokenLink(sequence: event.sequence))
            }
            if Self.hash(of: event) != event.hash {
                problems.append(.edited(sequence: event.sequence))
            }
            expectedSequence = event.sequence + 1
            previousHash = event.hash
        }
        if let head = try Row.fetchOne(try db.cachedStatement(sql: "SELECT sequence, hash FROM audit_head WHERE id = 1")) {
            let headSequence: Int64 = head["sequence"]
            if headSequence != expectedSequence - 1 || (head["hash"] as String) != previousHash {
                problems.append(.truncated(lastSequence: expectedSequence - 1, headSequence: headSequence))
            }
        }
        return AuditVerification(eventsChecked: checked, problems: problems)
    }
}
