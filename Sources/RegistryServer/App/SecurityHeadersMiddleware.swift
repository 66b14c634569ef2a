import HTTPTypes
import Hummingbird

/// Headers on every answer that keep a browser strict: no script at all, only our own inline style
/// sheet (by hash), no framing, no MIME sniffing, no referrer sent to other sites. A page that sets
/// its own policy (the climate report, with its own style sheet) keeps it.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = PublicRequestContext
    let contentSecurityPolicy: String
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    init(styleSource: String) {
        contentSecurityPolicy = "default-src 'none'; style-src \(styleSource); img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrerPolicy] = "no-referrer"
        return response
    }
}
