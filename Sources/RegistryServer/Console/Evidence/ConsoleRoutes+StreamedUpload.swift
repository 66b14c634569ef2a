import Hummingbird

extension ConsoleRoutes {
    /// A `multipart/form-data` post read as it streams in: guarded like every route, the CSRF token (in the
    /// query, `?_csrf=…`) checked before a byte of the body is read, files staged under `limits`. A file
    /// over its limit reaches the handler as a refused field, not as a refused request, so that the form can
    /// be shown again with the message next to it. Staged files the handler did not keep are deleted.
    func streamedUpload(_ path: RouterPath, access: ConsoleAccess, limits: UploadLimits,
                        _ handler: @escaping @Sendable (ConsoleCall, StagedMultipartForm) async throws -> Response) {
        let site = site
        group.post(path) { request, context in
            let staff = try Self.guarded(request, context: context, access: access)
            guard SessionToken.matches(request.uri.queryParameters["_csrf"].map(String.init), staff.csrfToken) else { throw ConsoleRefusal.badToken }
            guard let reader = MultipartFormReader(contentType: request.headers[.contentType], limits: limits, store: site.registry.evidence) else {
                throw ConsoleRefusal.unreadableForm
            }
            let form: StagedMultipartForm
            do {
                form = try await reader.read(request.body)
            } catch MultipartFormReader.Failure.tooLarge {
                throw ConsoleRefusal.tooLarge(limit: limits.bodyBytes)
            } catch {
                throw ConsoleRefusal.unreadableForm
            }
            defer { site.registry.evidence.discard(form.staged) }
            return try await handler(ConsoleCall(request: request, context: context, staff: staff, site: site), form)
        }
    }
}
