import Mustache

/// The templates' HTML escaping: the same five characters as swift-mustache's own (`<`, `>`, `&`,
/// `"`, `'`), replaced by the same entities, but over the text's UTF-8 bytes rather than character by
/// character, and a text without any of them is returned as it is. `layout.mustache` selects it with
/// `{{% CONTENT_TYPE: UTF8_HTML}}`, so every page escapes through it.
struct HTMLEscaping: MustacheContentType {
    /// The name templates select it by.
    static let name = "UTF8_HTML"

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: Self.needsEscaping) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
