import Mustache
import NIOCore

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
        Self.escape(text) { escaped.append(contentsOf: $0) }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Writes a text, escaped, to the end of a buffer.
    static func write(_ text: String, to buffer: inout ByteBuffer) {
        guard text.utf8.contains(where: needsEscaping) else {
            buffer.writeString(text)
            return
        }
        escape(text) { buffer.writeBytes($0) }
    }

    /// Hands out a text's UTF-8 bytes in runs, each of the five characters replaced by its entity.
    private static func escape(_ text: String, _ emit: (UnsafeRawBufferPointer) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                emit(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<index])))
                emit(UnsafeRawBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = index + 1
            }
            emit(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start...])))
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
