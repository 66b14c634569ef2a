import HTTPTypes
import Hummingbird
import RegistryStore

/// Finds the session named by the request's cookie, ends it when idle or old, and puts the signed-in
/// member of staff in the context. The session is read; it is written (last-seen time, a message
/// taken, or deleted when ended) only when its recorded last-seen time is over a minute old, a message
/// waits or it has ended, so that a busy console does not queue for the registry's write lock on every
/// request. Every console answer is marked `no-store` and `noindex`.
struct ConsoleSessionMiddleware: RouterMiddleware {
    typealias Context = ConsoleRequestContext
    let registry: Registry
    let policy: ConsolePolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let id = ConsoleCookies.value(ConsoleCookies.session, in: request), id.utf8.count == 64 {
            let policy = policy
            let resumed: (session: ConsoleSession, account: StaffAccount)?
            switch try registry.read({ try $0.lookUpSession(id: id, policy: policy) }) {
            case .live(let session, let account): resumed = (session, account)
            case .stale: resumed = try registry.write { try $0.resumeSession(id: id, policy: policy) }
            case .unknown: resumed = nil
            }
            if let (session, account) = resumed {
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
