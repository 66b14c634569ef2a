/// The result of one admission rule for one application, with a sentence a clerk can read.
public struct RuleVerdict: Codable, Sendable, Hashable {
    public var ruleID: String
    public var title: String
    public var outcome: Outcome
    public var reason: String

    /// Pass, fail, or cannot tell until more evidence is recorded.
    public enum Outcome: String, Codable, Sendable {
        case pass
        case fail
        case needsEvidence

        public var chinese: String {
            switch self {
            case .pass: "符合"
            case .fail: "不符合"
            case .needsEvidence: "需补充材料"
            }
        }
    }

    public init(ruleID: String, title: String, outcome: Outcome, reason: String) {
        self.ruleID = ruleID
        self.title = title
        self.outcome = outcome
        self.reason = reason
    }
}
