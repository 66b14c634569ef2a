/// The latest recheck of the region title the bureau recorded, and the day it was recorded.
public struct RegionTitleRecheck: Codable, Sendable, Hashable {
    public var outcome: Outcome
    public var recordedOn: Day

    /// How the recheck stands.
    public enum Outcome: String, Codable, Sendable, CaseIterable {
        /// 申请复查中: applied for, CMA has not decided.
        case pending
        /// 复查通过: the title runs to a new valid-until.
        case passed
        /// 复查未通过: the title no longer carries labels.
        case failed

        public var chinese: String {
            switch self {
            case .pending: "申请复查中"
            case .passed: "复查通过"
            case .failed: "复查未通过"
            }
        }
    }

    public init(outcome: Outcome, recordedOn: Day) {
        self.outcome = outcome
        self.recordedOn = recordedOn
    }
}
