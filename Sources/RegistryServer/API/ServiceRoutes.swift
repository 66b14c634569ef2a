import Hummingbird
import RegistryCore

extension PublicSite {
    /// `GET /openapi.yaml`: the description of every public route.
    func openAPIDocument() -> Response {
        Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: openAPI)))
    }

    /// `GET /healthz`: 200 when the registry answers a read, 503 otherwise.
    func health() -> Response {
        struct Health: Encodable { let status: String }
        let readable = (try? reads.quick { try $0.regionTitle() }) != nil
        return .json(Health(status: readable ? "ok" : "unavailable"), status: readable ? .ok : .serviceUnavailable)
    }

    /// `GET /metrics`: the Prometheus text format, for peers in `ServerConfiguration.metricsFrom` only
    /// (the TCP peer, whatever `X-Forwarded-For` says); anyone else gets 404, as for a page that does not
    /// exist. A connection without an IP address (a Unix socket, or in process) comes from the machine itself.
    func metricsText(peer: IPAddress?) throws -> Response {
        if let peer, !configuration.metricsFrom.contains(where: { $0.contains(peer) }) {
            throw PublicError.notFound(what: FieldName("此页面", "page"))
        }
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: metrics.render())))
    }
}
