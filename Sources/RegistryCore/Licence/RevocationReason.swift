/// The reason categories of 准出 (withdrawal), after standards.md §4.
public enum RevocationReason: String, Codable, Sendable, CaseIterable {
    case certificateLapsed
    case foodSafetyIncident
    case labelMisuse
    case scopeMisuse
    case environmentalViolation
    case failedAnnualCheck
    case falseApplication
    case other

    public var chinese: String {
        switch self {
        case .certificateLapsed: "认证证书失效"
        case .foodSafetyIncident: "发生食品安全或质量事件"
        case .labelMisuse: "伪造、转让或超量使用标识"
        case .scopeMisuse: "超范围使用标识"
        case .environmentalViolation: "生态环境违法或重大负面事件"
        case .failedAnnualCheck: "年度核查不合格"
        case .falseApplication: "申请材料弄虚作假"
        case .other: "其他"
        }
    }

    /// Fraud bars a new application for longer.
    public var isFraud: Bool { self == .falseApplication || self == .labelMisuse }
}
