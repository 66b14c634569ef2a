import Hummingbird

/// Refuses requests beyond the limits before any handler reads them: 414 for a long path or query,
/// 413 for a large body. Console routes bound their own bodies (forms and uploads have their own limits).
struct RequestLimitMiddleware: RouterMiddleware {
    typealias Context = PublicRequestContext
    let limits: RequestLimits

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path.utf8.count > limits.maxPathBytes || (request.uri.query?.utf8.count ?? 0) > limits.maxQueryBytes {
            throw PublicError.uriTooLong
        }
        if request.uri.path.hasPrefix("/console/") { return try await next(request, context) }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limits.maxBodyBytes {
            throw PublicError.payloadTooLarge(limit: limits.maxBodyBytes)
        }
        if request.headers[.transferEncoding] != nil {
            throw PublicError.payloadTooLarge(limit: limits.maxBodyBytes)
        }
        return try await next(request, context)
    }
}
