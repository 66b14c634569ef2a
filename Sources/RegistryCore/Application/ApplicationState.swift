/// Where an application stands in the admission workflow:
/// draft → submitted → accepted (受理) | returned → reviewed → publicity (公示) | rejected → granted.
public enum ApplicationState: String, Codable, Sendable, CaseIterable {
    case draft
    case submitted
    case accepted
    case returned
    case reviewed
    case rejected
    case publicity
    case granted

    /// The Chinese name shown to staff.
    public var chinese: String {
        switch self {
        case .draft: "草稿"
        case .submitted: "已提交"
        case .accepted: "已受理"
        case .returned: "退回补正"
        case .reviewed: "已审核"
        case .rejected: "不予通过"
        case .publicity: "公示中"
        case .granted: "已发证"
        }
    }

    /// Whether the workflow has ended for this application.
    public var isFinal: Bool { self == .rejected || self == .granted }
}
