import Foundation
import NIOCore
@testable import RegistryServer

/// A `multipart/form-data` body as a browser sends it, for upload tests.
struct MultipartBody {
    let boundary = "----oxlabel-test-\(UUID().uuidString)"
    var data = Data()

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func field(_ name: String, _ value: String) {
        data.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
    }

    mutating func file(_ name: String, fileName: String, contentType: String, _ bytes: Data) {
        data.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: \(contentType)\r\n\r\n".utf8))
        data.append(bytes)
        data.append(Data("\r\n".utf8))
    }

    /// The body with its closing delimiter.
    var closed: ByteBuffer {
        var bytes = data
        bytes.append(Data("--\(boundary)--\r\n".utf8))
        return ByteBuffer(bytes: bytes)
    }
}

extension ConsoleClient {
    /// Posts an upload form with the session's CSRF token in the query (or none).
    func upload(_ uri: String, _ body: MultipartBody, withToken: Bool = true) async throws -> Answer {
        try await harness.send(.post, withToken ? "\(uri)?_csrf=\(csrf)" : uri, cookie: cookie, body: body.closed, contentType: body.contentType)
    }
}
