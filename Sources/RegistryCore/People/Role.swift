/// A staff role. One person may hold several; each action names the roles that may take it.
public enum Role: String, Codable, Sendable, CaseIterable {
    case clerk
    case reviewer
    case approver
    case printer
    case meteorologist
    case auditor
    case admin

    /// The Chinese title of the role.
    public var chinese: String {
        switch self {
        case .clerk: "受理员"
        case .reviewer: "审核员"
        case .approver: "审批人"
        case .printer: "标签印制员"
        case .meteorologist: "气象数据员"
        case .auditor: "督导审计"
        case .admin: "系统管理员"
        }
    }
}
