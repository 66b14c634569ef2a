import HTTPTypes
import RegistryCore

/// Why the console refuses a request, in Chinese for the page. A refusal is raised before anything
/// changes.
enum ConsoleRefusal: Error, Equatable {
    /// None of the account's roles permits this page or action.
    case forbidden
    /// The form's CSRF token is missing or wrong.
    case badToken
    case notFound
    /// The form could not be read (wrong content type, unreadable encoding).
    case unreadableForm
    case tooLarge(limit: Int)
    /// Too many login attempts from one client, or from everyone together.
    case tooManyLogins(retryAfterSeconds: Int)
    /// The pool that checks passwords is full.
    case busy(retryAfterSeconds: Int)
    /// A query parameter that is not one the page takes (a page number out of range): why, in Chinese.
    case badQuery(String)

    var status: HTTPResponse.Status {
        switch self {
        case .forbidden, .badToken: .forbidden
        case .notFound: .notFound
        case .unreadableForm, .badQuery: .badRequest
        case .tooLarge: .contentTooLarge
        case .tooManyLogins: .tooManyRequests
        case .busy: .serviceUnavailable
        }
    }

    var heading: String {
        switch self {
        case .forbidden: "没有权限"
        case .badToken: "表单已失效"
        case .notFound: "未找到"
        case .unreadableForm: "表单无法读取"
        case .tooLarge: "提交内容过大"
        case .tooManyLogins: "登录尝试过于频繁"
        case .busy: "系统繁忙"
        case .badQuery: "请求参数有误"
        }
    }

    var chinese: String {
        switch self {
        case .forbidden: "没有权限：您的账号所持角色不能查看此页面或进行此操作。如需办理，请联系持有相应角色的同事或系统管理员。"
        case .badToken: "表单已失效或来源不明（缺少或不匹配的校验码），未做任何更改。请返回页面刷新后重新提交。"
        case .notFound: "没有找到此页面或记录，请核对地址或编号。"
        case .unreadableForm: "表单内容无法读取，未做任何更改。请返回页面重新填写。"
        case .tooLarge(let limit): "提交内容超过 \(Self.size(limit)) 的限制，未做任何更改。"
        case .tooManyLogins(let seconds): "登录尝试过于频繁，请 \(PublicError.wait(seconds).chinese)后再试。忘记密码请联系系统管理员。"
        case .busy(let seconds): "系统正忙，请 \(PublicError.wait(seconds).chinese)后再试。"
        case .badQuery(let reason): "\(reason)。请返回上一页重试。"
        }
    }

    /// The seconds a client should wait (the Retry-After header), for a refusal that asks it to wait.
    var retryAfterSeconds: Int? {
        switch self {
        case .tooManyLogins(let seconds), .busy(let seconds): seconds
        default: nil
        }
    }

    /// A byte count as people read it.
    static func size(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : "\(max(1, bytes / 1024)) KB"
    }
}
