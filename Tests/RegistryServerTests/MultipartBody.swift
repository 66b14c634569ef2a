import Foundation
import NIOCore
@testable import RegistryServer

/// A `multipart/form-data` body as a browser sends it, for upload tests.
struct MultipartBody {
    static let boundary = "----oxlabelFormBoundary7MA4YWxkTrZu0gW"
    static let contentType = "multipart/form-data; boundary=\(boundary)"
    private(set) var data = Data()

    /// The content type the body is sent with.
    var contentType: String { Self.contentType }

    /// A text field.
    mutating func field(_ name: String, _ value: String) {
        field(name, bytes: Data(value.utf8))
    }

    /// A text field of any bytes (UTF-8 or not).
    mutating func field(_ name: String, bytes: Data) {
        data.append(Data("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n".utf8))
        data.append(bytes)
        data.append(Data("\r\n".utf8))
    }

    /// A file field (an empty file name and no bytes is a file input left empty).
    mutating func file(_ name: String, fileName: String, type: String = "application/octet-stream", _ bytes: Data) {
        data.append(Data("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)\r\n\r\n".utf8))
        data.append(bytes)
        data.append(Data("\r\n".utf8))
    }

    /// The body with its closing delimiter.
    var buffer: ByteBuffer {
        var closed = data
        closed.append(Data("--\(Self.boundary)--\r\n".utf8))
        return ByteBuffer(bytes: closed)
    }
}

/// Small files of each kind, by their signatures.
enum SampleFiles {
    static let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
    static let gif = Data("GIF89a\u{01}\u{00}\u{01}\u{00}".utf8)

    /// A PDF of a size, padded with text.
    static func pdf(megabytes: Int) -> Data {
        var data = Data("%PDF-1.4\n".utf8)
        data.append(Data(repeating: UInt8(ascii: "A"), count: megabytes * 1024 * 1024))
        return data
    }
}

extension ConsoleClient {
    /// Posts a multipart form with the session's CSRF token in the query (or none).
    func upload(_ uri: String, _ body: MultipartBody, withToken: Bool = true) async throws -> Answer {
        try await harness.send(.post, withToken ? "\(uri)?_csrf=\(csrf)" : uri, cookie: cookie, body: body.buffer, contentType: body.contentType)
    }
}
