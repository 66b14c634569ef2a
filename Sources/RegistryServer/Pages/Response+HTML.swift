import Hummingbird

extension Response {
    /// An HTML page in UTF-8.
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        html(ByteBuffer(string: page), status: status)
    }

    /// An HTML page in UTF-8, already in bytes.
    static func html(_ page: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: page))
    }
}
