import Hummingbird

extension RequestLimits {
    /// Refuses a request beyond the limits before any handler reads it: 414 for a long path or query,
    /// 413 for a declared body too large, or a body of unknown length (chunked) where no public route
    /// reads one. The report form (the public POST) reads a chunked body up to its own limit. Console
    /// routes bound their own bodies (forms and uploads have their own limits).
    func check(_ request: Request) throws {
        if request.uri.path.utf8.count > maxPathBytes || (request.uri.query?.utf8.count ?? 0) > maxQueryBytes {
            throw PublicError.uriTooLong
        }
        if request.uri.path.hasPrefix("/console/") { return }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            throw PublicError.payloadTooLarge(limit: maxBodyBytes)
        }
        if request.headers[.transferEncoding] != nil, request.method != .post {
            throw PublicError.payloadTooLarge(limit: maxBodyBytes)
        }
    }
}
