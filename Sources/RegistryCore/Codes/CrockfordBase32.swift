/// Crockford's base32 alphabet and its forgiving reading of typed characters.
///
/// The 32 symbols are the digits and the capital letters without I, L, O and U, so that no two
/// printed symbols look alike and every symbol stays in QR alphanumeric mode.
public enum CrockfordBase32 {
    /// The symbols in value order: `0` is 0, `Z` is 31.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// The same symbols as ASCII bytes, for building strings without allocation per symbol.
    static let asciiAlphabet: [UInt8] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    /// The value of a typed character: case is ignored and the look-alikes O → 0, I and L → 1 are
    /// read as the digits people meant. Returns nil for anything else (including U).
    public static func value(of character: Character) -> UInt8? {
        guard let ascii = character.asciiValue else { return nil }
        return valueByASCII[Int(ascii)]
    }

    /// The value of one byte of UTF-8 text, read as `value(of:)` reads a character.
    static func value(ofASCII byte: UInt8) -> UInt8? {
        byte < 0x80 ? valueByASCII[Int(byte)] : nil
    }

    private static let valueByASCII: [UInt8?] = {
        var table = [UInt8?](repeating: nil, count: 128)
        let lowerCaseBit: UInt8 = 0x20
        let lookAlikes: [(Character, UInt8)] = [("O", 0), ("I", 1), ("L", 1)]
        for (symbol, value) in zip(asciiAlphabet, 0...) + lookAlikes.map({ ($0.asciiValue!, $1) }) {
            table[Int(symbol)] = value
            if symbol >= UInt8(ascii: "A") { table[Int(symbol | lowerCaseBit)] = value }
        }
        return table
    }()
}
