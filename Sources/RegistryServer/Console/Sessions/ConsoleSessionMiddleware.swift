import HTTPTypes
import Hummingbird
import RegistryStore

/// Finds the session named by the request's cookie, ends it when idle or old, and puts the signed-in
/// member of staff in the context. Every console answer is marked `no-store` and `noindex`.
struct ConsoleSessionMiddleware: RouterMiddleware {
    typealias Context = ConsoleRequestContext
    let registry: Registry
    let policy: ConsolePolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let id = ConsoleCookies.value(ConsoleCookies.session, in: request), id.utf8.count == 64 {
            let policy = policy
            if let (session, account) = try registry.write({ try $0.resumeSession(id: id, policy: policy) }) {
                context.staff = SignedInStaff(account: account, sessionID: id, csrfToken: session.csrfToken,
                                              flash: ConsoleFlash(stored: session.flash))
            }
        }
        var response = try await next(request, context)
        response.headers[.cacheControl] = "no-store"
        response.headers[Self.robots] = "noindex, nofollow"
        return response
    }

    static let robots = HTTPField.Name("X-Robots-Tag")!
}
