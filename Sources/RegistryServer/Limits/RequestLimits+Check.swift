import Hummingbird

extension RequestLimits {
    /// Refuses a request beyond the limits before any handler reads it: 414 for a long path or query,
    /// 413 for a large body. Console routes bound their own bodies (forms and uploads have their own limits).
    func check(_ request: Request) throws {
        if request.uri.path.utf8.count > maxPathBytes || (request.uri.query?.utf8.count ?? 0) > maxQueryBytes {
            throw PublicError.uriTooLong
        }
        if request.uri.path.hasPrefix("/console/") { return }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            throw PublicError.payloadTooLarge(limit: maxBodyBytes)
        }
        if request.headers[.transferEncoding] != nil {
            throw PublicError.payloadTooLarge(limit: maxBodyBytes)
        }
    }
}
