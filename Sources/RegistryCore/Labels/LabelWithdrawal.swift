/// A suspension or revocation of a whole batch or of a run of its codes, with its reason and date.
/// A suspension can be lifted; a revocation is final.
public struct LabelWithdrawal: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case suspension
        case revocation
    }

    public let kind: Kind
    /// The codes withdrawn; nil for the whole batch.
    public let codes: LabelCodeRange?
    public let since: Day
    public let reason: String
    /// The day a suspension was lifted.
    public internal(set) var liftedOn: Day?

    public init(kind: Kind, codes: LabelCodeRange?, since: Day, reason: String) {
        self.kind = kind
        self.codes = codes
        self.since = since
        self.reason = reason
    }

    public var isInForce: Bool { liftedOn == nil }

    /// Whether the withdrawal reaches the label with `code`.
    public func covers(_ code: LabelCode) -> Bool { codes?.contains(code) ?? true }

    /// Whether the withdrawal reaches every label of `target` (nil: the whole batch).
    public func covers(_ target: LabelCodeRange?) -> Bool {
        guard let codes else { return true }
        return target.map(codes.contains) ?? false
    }

    /// Whether every label it reaches lies within `target` (nil: the whole batch).
    public func lies(within target: LabelCodeRange?) -> Bool {
        guard let target else { return true }
        return codes.map(target.contains) ?? false
    }

    /// What the withdrawal shows on the labels it reaches.
    public func displayStatus(batch: String) -> DisplayStatus {
        let scope = codes.map { "批次 \(batch) 码段 \($0)" } ?? "批次 \(batch)"
        return switch kind {
        case .suspension: DisplayStatus(state: .suspended, source: .batch, since: since, reason: "\(scope) 暂停使用：\(reason)")
        case .revocation: DisplayStatus(state: .revoked, source: .batch, since: since, reason: "\(scope) 已撤销：\(reason)")
        }
    }
}
