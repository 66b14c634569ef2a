import Hummingbird
import RegistryCore
import RegistryStore

/// Turns what a console route throws into an answer: a missing sign-in into 303 to the login page; a
/// refusal (and a full password pool) into a page in the console's frame with its status; a domain `Refusal`
/// into its Chinese reason with the status of its kind (`RefusalKind.status`); an unknown route into 404. Faults (storage
/// failures and every other error) pass on to the service's error responses (`SiteMiddleware`), which log them and show no details.
struct ConsoleErrorMiddleware: RouterMiddleware {
    typealias Context = ConsoleRequestContext
    let site: ConsoleSite

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let signIn as SignInRequired {
            return signIn.response
        } catch let refusal as ConsoleRefusal {
            return notice(refusal, staff: context.staff)
        } catch let full as WorkPool.Full {
            return notice(.busy(retryAfterSeconds: full.retryAfterSeconds), staff: context.staff)
        } catch let error as HTTPError where error.status == .notFound {
            let refusal = ConsoleRefusal.notFound
            return site.notice(heading: refusal.heading, message: refusal.chinese, status: refusal.status, staff: context.staff)
        } catch let refusal as Refusal {
            let heading = refusal.kind == .notFound ? ConsoleRefusal.notFound.heading : "操作未完成"
            return site.notice(heading: heading, message: refusal.chinese, status: refusal.kind.status, staff: context.staff)
        }
    }

    /// A refusal's page, with `Retry-After` when it asks the client to wait.
    private func notice(_ refusal: ConsoleRefusal, staff: SignedInStaff?) -> Response {
        var response = site.notice(heading: refusal.heading, message: refusal.chinese, status: refusal.status, staff: staff)
        if let seconds = refusal.retryAfterSeconds { response.headers[.retryAfter] = String(seconds) }
        return response
    }
}
