import Foundation
import Hummingbird

/// Where each section registers its routes, under `/console`. Every route passes the same guard
/// before its handler runs: not signed in → 303 to the login page (with `next`); a role that does
/// not open the route → 403 page; a form post without the session's CSRF token → 403. None of these
/// reads the form or changes anything.
struct ConsoleRoutes: Sendable {
    let group: RouterGroup<ConsoleRequestContext>
    let site: ConsoleSite

    /// A page (`GET`).
    func get(_ path: RouterPath, access: ConsoleAccess = .signedIn,
             _ handler: @escaping @Sendable (ConsoleCall) async throws -> Response) {
        let site = site
        group.get(path) { request, context in
            let staff = try Self.guarded(request, context: context, access: access)
            return try await handler(ConsoleCall(request: request, context: context, staff: staff, site: site))
        }
    }

    /// A URL-encoded form post: guarded, CSRF checked, the body read up to the console's form limit.
    func post(_ path: RouterPath, access: ConsoleAccess,
              _ handler: @escaping @Sendable (ConsoleCall, ConsoleForm) async throws -> Response) {
        let site = site
        group.post(path) { request, context in
            let staff = try Self.guarded(request, context: context, access: access)
            let form = try await ConsoleForm.read(request, limit: site.settings.formBytes)
            guard SessionToken.matches(form.optional("_csrf"), staff.csrfToken) else { throw ConsoleRefusal.badToken }
            return try await handler(ConsoleCall(request: request, context: context, staff: staff, site: site), form)
        }
    }

    /// A `multipart/form-data` post (uploads), read as it streams in under `limits` with its file parts
    /// going to `files`. The CSRF token comes in the query (`<form action="…?_csrf={{frame.csrf}}"
    /// enctype="multipart/form-data">`) and is checked before a byte of the body is read. A body that is
    /// not a form is refused (400), one over a limit too (413, naming the limit). Files the handler did not
    /// keep are let go afterwards.
    func upload<Files: MultipartFileReceiver>(_ path: RouterPath, access: ConsoleAccess, limits: UploadLimits, files: Files,
                                              _ handler: @escaping @Sendable (ConsoleCall, MultipartForm<Files.Received>) async throws -> Response) {
        let site = site
        group.post(path) { request, context in
            let staff = try Self.guarded(request, context: context, access: access)
            let token = request.uri.queryParameters["_csrf"].map(String.init)
            guard SessionToken.matches(token, staff.csrfToken) else { throw ConsoleRefusal.badToken }
            guard let reader = MultipartFormReader(contentType: request.headers[.contentType], limits: limits) else {
                throw ConsoleRefusal.unreadableForm
            }
            if let length = request.headers[.contentLength].flatMap(Int.init), length > limits.bodyBytes {
                throw ConsoleRefusal.tooLarge(limit: limits.bodyBytes)
            }
            let form: MultipartForm<Files.Received>
            do {
                form = try await reader.read(request.body, into: files)
            } catch MultipartFormReader.Failure.tooLarge(let limit) {
                throw ConsoleRefusal.tooLarge(limit: limit)
            } catch {
                throw ConsoleRefusal.unreadableForm
            }
            defer { files.release(form) }
            return try await handler(ConsoleCall(request: request, context: context, staff: staff, site: site), form)
        }
    }

    /// The signed-in member of staff if the route's access allows them.
    static func guarded(_ request: Request, context: ConsoleRequestContext, access: ConsoleAccess) throws -> SignedInStaff {
        guard let staff = context.staff else { throw SignInRequired(next: request.method == .get ? request.uri.description : request.uri.path) }
        guard access.allows(staff.account) else { throw ConsoleRefusal.forbidden }
        return staff
    }
}

/// Thrown by the guard when nobody is signed in; `ConsoleErrorMiddleware` answers it with 303 to the
/// login page, which returns to `next` afterwards.
struct SignInRequired: Error {
    let next: String

    var response: Response {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        let target = LocalPath.console(next).addingPercentEncoding(withAllowedCharacters: allowed) ?? LocalPath.home
        return Response(status: .seeOther, headers: [.location: "/console/login?next=\(target)"])
    }
}
