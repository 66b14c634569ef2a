/// A batch or lot number (GS1 application identifier 10): 1–20 characters of GS1 CSET 82.
public struct GS1Lot: TextCode {
    /// Characters GS1 allows in AI 10 and AI 21 values ("CSET 82").
    public static let allowedCharacters = Set(#"!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"#)
    /// Characters written as they are in a Digital Link path; the others are percent-encoded.
    private static let unreservedCharacters = Set("-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")

    /// The lot as printed.
    public let value: String

    /// Accepts 1–20 characters of CSET 82.
    public init(parsing value: String) throws(CodeError) {
        guard (1...20).contains(value.count) else { throw .lotLength(found: value.count) }
        if let illegal = value.first(where: { !Self.allowedCharacters.contains($0) }) {
            throw .lotIllegalCharacter(illegal)
        }
        self.value = value
    }

    /// Reads a percent-encoded Digital Link path segment.
    public init(percentEncoded segment: String) throws(CodeError) {
        var bytes = [UInt8]()
        var utf8 = segment.utf8.makeIterator()
        while let byte = utf8.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = utf8.next().flatMap(Self.hexValue), let low = utf8.next().flatMap(Self.hexValue) else {
                throw .urlUnrecognised(segment)
            }
            bytes.append(high << 4 | low)
        }
        try self.init(parsing: String(decoding: bytes, as: UTF8.self))
    }

    /// The lot as a Digital Link path segment: everything but letters, digits, `-`, `.` and `_` is
    /// percent-encoded with upper-case hex (CSET 82 is printable ASCII, so always two digits), so an upper-case lot keeps the URL in QR alphanumeric mode.
    public var percentEncoded: String {
        value.map { character in
            Self.unreservedCharacters.contains(character)
                ? String(character)
                : character.utf8.map { "%" + String($0, radix: 16, uppercase: true) }.joined()
        }.joined()
    }

    public var description: String { value }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
