import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The answer `LabelPageFastPath` writes for a found label's page (`/v/{code}`, `/V/{code}`), made as
/// the router's way makes it: the same limits and language check, the same client (`ClientIdentity`),
/// the same page and scan (`PublicSite.foundLabelPage`), the same security headers, `Date` and
/// `Server`, counted in the metrics under the same route. Anything else (another path or method, a
/// request over a limit, a code no label has, a fault) is nil: the router's way answers it, with its
/// refusal, error page and rate limit.
struct FoundLabelAnswers: Sendable {
    let site: PublicSite
    let identity: ClientIdentity
    let limits: RequestLimits
    let headers: SecurityHeaders
    let metrics: RequestMetrics
    let date: HTTPDateField
    let serverName: String

    /// The route pattern and the code of a label page's path (its query aside); nil for any other path.
    static func route(of path: String) -> (route: String, code: Substring)? {
        let bytes = path.utf8
        var position = bytes.startIndex
        for expected in [UInt8(ascii: "/"), nil, UInt8(ascii: "/")] {
            guard position < bytes.endIndex, expected.map({ bytes[position] == $0 }) ?? true else { return nil }
            position = bytes.index(after: position)
        }
        let letter = bytes[bytes.index(after: bytes.startIndex)]
        guard letter == UInt8(ascii: "v") || letter == UInt8(ascii: "V") else { return nil }
        let rest = bytes[position...]
        let code = rest[..<(rest.firstIndex(of: UInt8(ascii: "?")) ?? rest.endIndex)]
        guard !code.isEmpty, !code.contains(UInt8(ascii: "/")) else { return nil }
        return (letter == UInt8(ascii: "v") ? "/v/{code}" : "/V/{code}", Substring(code))
    }

    /// The head and body of the page of `code`, a GET of `route` (as `route(of:)` read its path), or
    /// nil when the router must answer `head`.
    func answer(_ head: HTTPRequest, route: String, code: Substring, channel: any Channel, logger: Logger) -> (HTTPResponse, ByteBuffer)? {
        let start = ContinuousClock.now
        let request = Request(head: head, body: RequestBody(buffer: ByteBuffer()))
        do {
            try limits.check(request)
            try Language.check(request)
        } catch {
            return nil
        }
        var context = PublicRequestContext(source: ApplicationRequestContextSource(channel: channel, logger: logger))
        if !identity.trustedProxies.isEmpty { context.identifyClient(identity, headers: head.headerFields) }
        guard let page = try? site.foundLabelPage(request, code: String(code), context: context) else { return nil }
        var fields: HTTPFields = [.contentType: "text/html; charset=utf-8", .contentLength: String(page.readableBytes)]
        headers.apply(to: &fields)
        fields[.date] = date.value
        fields[.server] = serverName
        metrics.record(route: route, status: 200, duration: .now - start)
        return (HTTPResponse(status: .ok, headerFields: fields), page)
    }
}
