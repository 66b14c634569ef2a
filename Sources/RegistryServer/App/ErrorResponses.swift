import Hummingbird
import Logging
import RegistryCore
import RegistryStore

/// Turns every error into a readable answer: a Chinese (or English) page for people, a JSON body
/// under `/api/`. Unexpected errors are logged and answered with a plain 500, never with details.
struct ErrorResponses: Sendable {
    let pages: PageRenderer
    let issuer: IssuingBody

    /// The answer to a request whose handling threw `error`.
    func response(for error: any Error, request: Request, logger: Logger) -> Response {
        let refusal = Self.publicError(for: error, logger: logger)
        var response = request.uri.path.hasPrefix("/api/")
            ? Response.json(APIErrorBody(refusal), status: refusal.status)
            : Response.html(pages.errorPage(refusal, request: request, issuer: issuer), status: refusal.status)
        if let seconds = refusal.retryAfterSeconds {
            response.headers[.retryAfter] = String(seconds)
        }
        if case .methodNotAllowed(let allowed) = refusal {
            response.headers[.allow] = allowed.joined(separator: ", ")
        }
        return response
    }

    static func publicError(for error: any Error, logger: Logger) -> PublicError {
        switch error {
        case let refusal as PublicError:
            return refusal
        case let error as HTTPError where error.status == .notFound:
            return .notFound(what: FieldName("此页面", "page"))
        case StoreError.busy:
            return .unavailable
        case let full as WorkPool.Full:
            return .busy(retryAfterSeconds: full.retryAfterSeconds)
        default:
            logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return .internalError
        }
    }
}
