/// The state of a licence. `expired` is never stored: it follows from the validity date.
public enum LicenceStatus: String, Codable, Sendable, CaseIterable {
    case active
    case suspended
    case revoked
    case surrendered
    case expired

    public var chinese: String {
        switch self {
        case .active: "有效"
        case .suspended: "已暂停"
        case .revoked: "已撤销"
        case .surrendered: "已注销"
        case .expired: "已过期"
        }
    }
}
