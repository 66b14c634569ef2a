import Hummingbird

/// A finished answer of an expensive route (its headers and body bytes), kept by `RenderCache`.
struct CachedAnswer: Sendable {
    let headers: HTTPFields
    let body: ByteBuffer

    /// The answer, 200, sharing the kept bytes.
    var response: Response {
        Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// What it costs to keep, in bytes.
    var cost: Int { body.readableBytes + 512 }
}
