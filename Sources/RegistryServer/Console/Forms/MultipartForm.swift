import Foundation
import NIOCore

/// The parts of a `multipart/form-data` body (RFC 7578): text fields and uploaded files by field
/// name. Text that is not UTF-8 becomes U+FFFD, which `TextInput` refuses; a file's bytes are kept
/// as sent.
struct MultipartForm: Sendable {
    /// An uploaded file: the name the browser gave, its declared type and its bytes.
    struct File: Sendable {
        let fileName: String
        let contentType: String?
        let data: Data
    }

    /// The first value of each text field.
    let fields: [String: String]
    /// The first file of each file field (a file input left empty is absent).
    let files: [String: File]

    /// A text field's value, or "" when the form lacks it.
    subscript(_ name: String) -> String { fields[name] ?? "" }

    /// Why a body could not be read as `multipart/form-data`.
    struct Unreadable: Error {}

    /// Parses a body sent with `contentType` (which carries the boundary).
    init(_ body: ByteBuffer, contentType: String?) throws(Unreadable) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
              let boundary = Self.parameter("boundary", in: contentType), !boundary.isEmpty, boundary.utf8.count <= 70 else {
            throw Unreadable()
        }
        let bytes = Array(body.readableBytesView)
        let delimiter = Array("--\(boundary)".utf8)
        guard var start = Self.find(delimiter, in: bytes, from: 0) else { throw Unreadable() }
        var fields: [String: String] = [:]
        var files: [String: File] = [:]
        let separator = Array("\r\n".utf8) + delimiter
        while true {
            let after = start + delimiter.count
            // `--` after a delimiter closes the body.
            if bytes.count >= after + 2, bytes[after] == UInt8(ascii: "-"), bytes[after + 1] == UInt8(ascii: "-") { break }
            guard bytes.count >= after + 2, bytes[after] == 13, bytes[after + 1] == 10,
                  let end = Self.find(separator, in: bytes, from: after + 2),
                  let headerEnd = Self.find(Array("\r\n\r\n".utf8), in: bytes, from: after + 2), headerEnd <= end else {
                throw Unreadable()
            }
            let headers = String(decoding: bytes[(after + 2)..<headerEnd], as: UTF8.self)
            let content = bytes[(headerEnd + 4)..<end]
            guard let disposition = Self.header("content-disposition", in: headers), let name = Self.parameter("name", in: disposition) else {
                throw Unreadable()
            }
            if let fileName = Self.parameter("filename", in: disposition) {
                if !fileName.isEmpty, files[name] == nil {
                    files[name] = File(fileName: fileName, contentType: Self.header("content-type", in: headers), data: Data(content))
                }
            } else if fields[name] == nil {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
            start = end + 2
        }
        self.fields = fields
        self.files = files
    }

    /// The value of a header line (`Name: value`) among CRLF-separated lines.
    private static func header(_ name: String, in lines: String) -> String? {
        for line in lines.components(separatedBy: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == name {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// A `; key=value` or `; key="value"` parameter of a header value.
    private static func parameter(_ key: String, in value: String) -> String? {
        for item in value.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            let raw = pair[1].trimmingCharacters(in: .whitespaces)
            return raw.count >= 2 && raw.hasPrefix("\"") && raw.hasSuffix("\"") ? String(raw.dropFirst().dropLast()) : raw
        }
        return nil
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
