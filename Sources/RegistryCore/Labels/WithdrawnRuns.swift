/// How many labels of a batch are under a revocation or a suspension of a run of its codes (not of
/// the whole batch): a batch that shows 有效 as a whole may have 部分撤销 or 部分暂停 labels.
public struct WithdrawnRuns: Codable, Sendable, Hashable {
    public let revoked: Int
    public let suspended: Int

    public init(revoked: Int, suspended: Int) {
        self.revoked = revoked
        self.suspended = suspended
    }

    /// "部分撤销 12 枚；部分暂停 3 枚", or nil when no run is withdrawn.
    public var chinese: String? {
        let parts = [revoked > 0 ? "部分撤销 \(revoked) 枚" : nil, suspended > 0 ? "部分暂停 \(suspended) 枚" : nil].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "；")
    }
}
