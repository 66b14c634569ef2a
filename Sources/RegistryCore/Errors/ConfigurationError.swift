/// A configuration file (rules, policy, models) that cannot be used.
public enum ConfigurationError: UserFacingError, Equatable {
    case missing(file: String)
    case unreadable(file: String, detail: String)
    case invalid(file: String, detail: String)

    public var chinese: String {
        switch self {
        case .missing(let file): "找不到配置文件 \(file)"
        case .unreadable(let file, let detail): "配置文件 \(file) 无法读取：\(detail)"
        case .invalid(let file, let detail): "配置文件 \(file) 内容有误：\(detail)"
        }
    }

    public var english: String {
        switch self {
        case .missing(let file): "configuration file \(file) not found"
        case .unreadable(let file, let detail): "configuration file \(file) cannot be read: \(detail)"
        case .invalid(let file, let detail): "configuration file \(file) is invalid: \(detail)"
        }
    }
}
