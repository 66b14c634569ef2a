import HTTPTypes
import Hummingbird

/// Headers on every answer that keep a browser strict: no script at all, only our own inline style
/// sheet (by hash), no framing, no MIME sniffing, no referrer sent to other sites. A page that sets
/// its own policy (the climate report, with its own style sheet) keeps it. The fields are made (and
/// checked) once, not per answer.
struct SecurityHeaders: Sendable {
    private let contentSecurityPolicy: HTTPField
    private let fixed: [HTTPField]

    init(styleSource: String) {
        let policy = "default-src 'none'; style-src \(styleSource); img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        contentSecurityPolicy = HTTPField(name: .contentSecurityPolicy, value: policy)
        fixed = [HTTPField(name: .xContentTypeOptions, value: "nosniff"), HTTPField(name: HTTPField.Name("X-Frame-Options")!, value: "DENY"),
                 HTTPField(name: HTTPField.Name("Referrer-Policy")!, value: "no-referrer")]
    }

    /// Sets the headers on an answer, keeping a content security policy of its own.
    func apply(to response: inout Response) {
        apply(to: &response.headers)
    }

    /// Sets the headers in an answer's fields, keeping a content security policy of their own.
    func apply(to headers: inout HTTPFields) {
        if headers[.contentSecurityPolicy] == nil {
            headers.append(contentSecurityPolicy)
        }
        for field in fixed {
            if headers[field.name] == nil {
                headers.append(field)
            } else {
                headers[fields: field.name] = [field]
            }
        }
    }
}
