import HTTPTypes
import RegistryCore

/// Why the public service refuses a request, readable in both languages. No message carries a stack
/// trace, SQL, a file path or the input itself.
enum PublicError: Error, UserFacingError, Equatable {
    case badRequest(chinese: String, english: String)
    case notFound(what: FieldName)
    /// A label code whose check character does not match: a typo.
    case codeTypo
    case tooManyRequests(retryAfterSeconds: Int)
    /// More copy reports from one client than a person sends.
    case tooManyReports(retryAfterSeconds: Int)
    case uriTooLong
    /// A method the path does not take; `allowed` are those it does (the Allow header).
    case methodNotAllowed(allowed: [String])
    case payloadTooLarge(limit: Int)
    case unavailable
    /// The render pool is full: too many reports, PDFs and exports are being drawn at once.
    case busy(retryAfterSeconds: Int)
    case internalError

    var status: HTTPResponse.Status {
        switch self {
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .codeTypo: .unprocessableContent
        case .tooManyRequests, .tooManyReports: .tooManyRequests
        case .uriTooLong: .uriTooLong
        case .methodNotAllowed: .methodNotAllowed
        case .payloadTooLarge: .contentTooLarge
        case .unavailable, .busy: .serviceUnavailable
        case .internalError: .internalServerError
        }
    }

    /// A stable code for machines.
    var code: String {
        switch self {
        case .badRequest: "badRequest"
        case .notFound: "notFound"
        case .codeTypo: "codeTypo"
        case .tooManyRequests: "tooManyRequests"
        case .tooManyReports: "tooManyReports"
        case .uriTooLong: "uriTooLong"
        case .methodNotAllowed: "methodNotAllowed"
        case .payloadTooLarge: "payloadTooLarge"
        case .unavailable: "unavailable"
        case .busy: "busy"
        case .internalError: "internalError"
        }
    }

    /// The page's heading.
    var title: FieldName {
        switch self {
        case .badRequest: FieldName("请求有误", "Bad request")
        case .notFound: FieldName("未找到", "Not found")
        case .codeTypo: FieldName("请核对输入", "Check the code")
        case .tooManyRequests: FieldName("查询过于频繁", "Too many lookups")
        case .tooManyReports: FieldName("举报过于频繁", "Too many reports")
        case .uriTooLong: FieldName("地址过长", "Address too long")
        case .methodNotAllowed: FieldName("不支持的请求方式", "Method not allowed")
        case .payloadTooLarge: FieldName("请求内容过大", "Request too large")
        case .unavailable, .busy: FieldName("系统繁忙", "Service busy")
        case .internalError: FieldName("系统出错", "Something went wrong")
        }
    }

    var chinese: String {
        switch self {
        case .badRequest(let message, _): message
        case .notFound(let what): "没有找到\(what.chinese)。请核对地址或编号后重试。"
        case .codeTypo: CodeError.labelCodeTypo.chinese
        case .tooManyRequests(let seconds): "您查询不存在的编号次数过多，请 \(Self.wait(seconds).chinese)后再试。如需批量核验，请使用公开目录导出或联系发证机关。"
        case .tooManyReports(let seconds): "您已提交多次举报，感谢您的监督。请 \(Self.wait(seconds).chinese)后再提交；情况紧急请直接联系发证机关。"
        case .uriTooLong: "请求地址过长，请检查链接是否完整、正确。"
        case .methodNotAllowed(let allowed): "此地址只接受 \(allowed.joined(separator: "、")) 请求。"
        case .payloadTooLarge(let limit): "请求内容超过 \(limit / 1024) KB 的限制。"
        case .unavailable: "系统正忙，请稍后重试。"
        case .busy(let seconds): "正在生成的证书报告和导出文件较多，请 \(Self.wait(seconds).chinese)后再试。标签查询不受影响。"
        case .internalError: "系统暂时无法完成查询，请稍后重试。问题已记录。"
        }
    }

    var english: String {
        switch self {
        case .badRequest(_, let message): message
        case .notFound(let what): "No \(what.english) was found. Check the address or number and try again."
        case .codeTypo: CodeError.labelCodeTypo.english
        case .tooManyRequests(let seconds): "Too many lookups of numbers that do not exist. Try again in \(Self.wait(seconds).english), or use the directory export for bulk checks."
        case .tooManyReports(let seconds): "Thank you: you have sent several reports already. Send the next in \(Self.wait(seconds).english), or contact the issuing body if it is urgent."
        case .uriTooLong: "The address is too long. Check that the link is complete."
        case .methodNotAllowed(let allowed): "This address takes \(allowed.joined(separator: ", ")) requests only."
        case .payloadTooLarge(let limit): "The request exceeds the \(limit / 1024) KB limit."
        case .unavailable: "The service is busy. Try again shortly."
        case .busy(let seconds): "Many reports and exports are being drawn right now. Try again in \(Self.wait(seconds).english); label checks are not affected."
        case .internalError: "The lookup could not be completed. Try again shortly; the problem has been logged."
        }
    }
}

extension PublicError {
    /// The seconds a client should wait (the Retry-After header), for a refusal of too many requests.
    var retryAfterSeconds: Int? {
        switch self {
        case .tooManyRequests(let seconds), .tooManyReports(let seconds), .busy(let seconds): seconds
        default: nil
        }
    }

    /// A wait in words: seconds up to two minutes, then whole minutes (rounded up).
    static func wait(_ seconds: Int) -> (chinese: String, english: String) {
        guard seconds >= 120 else { return ("\(seconds) 秒", "\(seconds) seconds") }
        let minutes = (seconds + 59) / 60
        return ("\(minutes) 分钟", "\(minutes) minutes")
    }

    /// A refused input field.
    init(_ error: FieldError) {
        self = .badRequest(chinese: error.chinese, english: error.english)
    }

    /// A field whose value is not one of those allowed.
    static func unknownValue(_ field: FieldName, allowed: String) -> PublicError {
        .badRequest(chinese: "「\(field.chinese)」无法识别，应为：\(allowed)", english: "\(field.english) not recognised; expected \(allowed)")
    }
}
