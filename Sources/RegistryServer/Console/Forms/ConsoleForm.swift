import Hummingbird
import NIOCore

/// The fields of a posted `application/x-www-form-urlencoded` form: the one reader of such forms, for the
/// console and the public copy report alike (`text` and the hidden trap `website`). Bytes that are not UTF-8 become
/// U+FFFD, which `TextInput` refuses with a message naming the field. `values` holds each field's
/// first value, for templates that show what was typed (`{{form.values.name}}`).
struct ConsoleForm: Sendable {
    /// Every value of every field, in order.
    let fields: [String: [String]]

    /// The first value of each field.
    var values: [String: String] { fields.compactMapValues(\.first) }

    /// A field's first value, or "" when the form lacks it.
    subscript(_ name: String) -> String { fields[name]?.first ?? "" }

    /// A field's first value, or nil when missing or empty.
    func optional(_ name: String) -> String? {
        let value = self[name]
        return value.isEmpty ? nil : value
    }

    /// Every value of a repeated field (check boxes, multiple selects).
    func all(_ name: String) -> [String] { fields[name] ?? [] }

    /// Parses a URL-encoded body.
    init(urlEncoded body: ByteBuffer) {
        var fields: [String: [String]] = [:]
        for pair in body.readableBytesView.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            fields[name, default: []].append(parts.count > 1 ? Self.decode(parts[1]) : "")
        }
        self.fields = fields
    }

    /// Reads and parses the body of a form post: refuses another content type and a body above `limit`.
    static func read(_ request: Request, limit: Int) async throws -> ConsoleForm {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false else {
            throw ConsoleRefusal.unreadableForm
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw ConsoleRefusal.tooLarge(limit: limit) }
        guard let body = try? await request.body.collect(upTo: limit) else { throw ConsoleRefusal.tooLarge(limit: limit) }
        return ConsoleForm(urlEncoded: body)
    }

    /// Percent-decodes one name or value (`+` is a space); a bad escape is kept as typed.
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), let high = bytes.index(index, offsetBy: 1, limitedBy: bytes.endIndex), high != bytes.endIndex,
                      let low = bytes.index(high, offsetBy: 1, limitedBy: bytes.endIndex), low != bytes.endIndex,
                      let value = UInt8(String(decoding: [bytes[high], bytes[low]], as: UTF8.self), radix: 16) {
                out.append(value)
                index = low
            } else {
                out.append(byte)
            }
            index = bytes.index(after: index)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
