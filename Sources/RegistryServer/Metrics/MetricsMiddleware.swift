import Hummingbird

/// Records every answer, errors included, under its route pattern (`/licence/{number}`), so that
/// the label set stays small whatever paths clients send.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = PublicRequestContext
    let metrics: RequestMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        metrics.record(route: context.endpointPath ?? "unmatched", status: response.status.code, duration: .now - start)
        return response
    }
}
