import Hummingbird

/// Every request's way through the service, in one middleware rather than a chain of five (each async
/// layer costs every request measurable time): the client is identified (`ClientIdentity`); the
/// request limits are checked before any handler reads the request; what the handler throws becomes a
/// readable page or JSON body (`ErrorResponses`); every answer gets the security headers
/// (`SecurityHeaders`); and the answer is counted in the metrics under its route pattern
/// (`/licence/{number}`), so that the label set stays small whatever paths clients send.
struct SiteMiddleware: RouterMiddleware {
    typealias Context = PublicRequestContext
    let identity: ClientIdentity
    let limits: RequestLimits
    let errors: ErrorResponses
    let headers: SecurityHeaders
    let metrics: RequestMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var context = context
        if !identity.trustedProxies.isEmpty { context.identifyClient(identity, headers: request.headers) }
        var response: Response
        do {
            try limits.check(request)
            try Language.check(request)
            response = try await next(request, context)
        } catch {
            response = errors.response(for: error, request: request, logger: context.logger)
        }
        headers.apply(to: &response)
        metrics.record(route: context.endpointPath ?? "unmatched", status: response.status.code, duration: .now - start)
        return response
    }
}
