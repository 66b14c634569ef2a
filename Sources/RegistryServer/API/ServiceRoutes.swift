import Hummingbird

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

    /// `GET /metrics`: the Prometheus text format.
    func metricsText() -> Response {
        Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: metrics.render())))
    }
}
