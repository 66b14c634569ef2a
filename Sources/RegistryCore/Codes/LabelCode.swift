/// A serialized label's code: 16 random Crockford base32 symbols (80 bits) and one check symbol.
///
/// **Check symbol.** Read the 17 symbols d₀…d₁₆ as elements of GF(32) (see `GaloisField32`) with
/// weights wᵢ = α^(16−i), so the check position has weight 1. The check symbol makes
/// Σ wᵢ·dᵢ = 0, that is d₁₆ = Σ_{i<16} α^(16−i)·dᵢ (in characteristic 2, minus is plus).
/// - A single substitution dᵢ → dᵢ + e (e ≠ 0) changes the sum by wᵢ·e, which is nonzero because
///   wᵢ ≠ 0 and a field has no zero divisors: every single-symbol error is caught.
/// - Swapping unequal neighbours dᵢ, dᵢ₊₁ changes the sum by (wᵢ + wᵢ₊₁)·(dᵢ + dᵢ₊₁), nonzero because
///   dᵢ ≠ dᵢ₊₁ and wᵢ ≠ wᵢ₊₁ (the exponents 0…16 are distinct and below α's order 31). Since all
///   17 weights differ, transpositions of any two positions are caught, not only adjacent ones.
///
/// The check symbol uses the same 32 symbols, so the code never contains I, L, O or U, which the
/// forgiving parser reads as 1, 1, 0 or refuses. A check symbol only catches typing errors; it does
/// not make a code harder to forge (the 80 random bits do that).
public struct LabelCode: TextCode, Comparable {
    /// Symbols in a code, check symbol included.
    public static let length = 17
    /// Random symbols in a code.
    public static let randomSymbolCount = 16

    private static let symbolsPerHalf = 8
    private static let halfMask: UInt64 = (1 << 40) - 1

    /// Symbols 0–7 and 8–15, 40 bits each, most significant symbol first.
    private let firstHalf: UInt64
    private let secondHalf: UInt64

    private init(firstHalf: UInt64, secondHalf: UInt64) {
        self.firstHalf = firstHalf & Self.halfMask
        self.secondHalf = secondHalf & Self.halfMask
    }

    /// A new code with 80 bits from `generator`.
    public static func random(using generator: inout some RandomNumberGenerator) -> LabelCode {
        LabelCode(firstHalf: generator.next(), secondHalf: generator.next())
    }

    /// A new code from the system's CSPRNG (`getrandom` on Linux).
    public static func random() -> LabelCode {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    /// The 80 random bits as two 40-bit halves (symbols 0–7 and 8–15): the compact form a store keeps,
    /// ordered as the codes are.
    public var randomBits: (high: UInt64, low: UInt64) { (firstHalf, secondHalf) }

    /// The code with these random bits (only the low 40 bits of each half are used).
    public init(randomBits high: UInt64, _ low: UInt64) {
        self.init(firstHalf: high, secondHalf: low)
    }

    /// Reads a typed or scanned code, forgiving case, spaces, hyphens, full-width characters and the
    /// look-alikes O → 0, I/L → 1.
    public init(parsing text: String) throws(CodeError) {
        let values = try Self.symbolValues(text)
        guard values.count == Self.length else { throw .labelCodeLength(found: values.count) }
        let packed = values.prefix(Self.randomSymbolCount).reduce((UInt64(0), UInt64(0))) { halves, value in
            ((halves.0 << 5) | (halves.1 >> 35), ((halves.1 << 5) & Self.halfMask) | UInt64(value))
        }
        self.init(firstHalf: packed.0, secondHalf: packed.1)
        guard checkSymbol == values[Self.randomSymbolCount] else { throw .labelCodeTypo }
    }

    /// The value (0…31) of random symbol `index` (0…15).
    public func symbol(at index: Int) -> UInt8 {
        let half = index < Self.symbolsPerHalf ? firstHalf : secondHalf
        let shift = 5 * (Self.symbolsPerHalf - 1 - index % Self.symbolsPerHalf)
        return UInt8((half >> UInt64(shift)) & 31)
    }

    /// The check symbol's value: Σ α^(16−i)·dᵢ over GF(32).
    public var checkSymbol: UInt8 {
        (0..<Self.randomSymbolCount).reduce(0) { sum, index in
            sum ^ GaloisField32.multiply(GaloisField32.powersOfAlpha[Self.randomSymbolCount - index], symbol(at: index))
        }
    }

    /// The 17 symbols without separators, upper case: the form in URLs and in the database.
    public var text: String {
        String(unsafeUninitializedCapacity: Self.length) { buffer in
            for index in 0..<Self.randomSymbolCount {
                buffer[index] = CrockfordBase32.asciiAlphabet[Int(symbol(at: index))]
            }
            buffer[Self.randomSymbolCount] = CrockfordBase32.asciiAlphabet[Int(checkSymbol)]
            return Self.length
        }
    }

    /// The code in groups of four for people to read and type: `7K3M 9QXD 2F8R HZ4W 7`.
    public func grouped(separator: String = " ") -> String {
        var grouped: [UInt8] = []
        grouped.reserveCapacity(Self.length + 4 * separator.utf8.count)
        for (index, byte) in text.utf8.enumerated() {
            if index > 0, index % 4 == 0 { grouped.append(contentsOf: separator.utf8) }
            grouped.append(byte)
        }
        return String(decoding: grouped, as: UTF8.self)
    }

    public var description: String { text }

    /// Codes order as their texts do (the alphabet is in ASCII order).
    public static func < (lhs: LabelCode, rhs: LabelCode) -> Bool {
        (lhs.firstHalf, lhs.secondHalf) < (rhs.firstHalf, rhs.secondHalf)
    }

    /// The values of the symbols in a text, separators left out. A text of symbols only, as in a URL,
    /// is read byte by byte; any other goes character by character.
    private static func symbolValues(_ text: String) throws(CodeError) -> [UInt8] {
        var values = [UInt8]()
        values.reserveCapacity(Self.length)
        for byte in text.utf8 {
            guard let value = CrockfordBase32.value(ofASCII: byte) else {
                values.removeAll(keepingCapacity: true)
                break
            }
            values.append(value)
        }
        if values.count == text.utf8.count { return values }
        for character in text.map(Self.halfWidth) where !Self.isSeparator(character) {
            guard let value = CrockfordBase32.value(of: character) else {
                throw .labelCodeIllegalCharacter(character, position: values.count)
            }
            values.append(value)
        }
        return values
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character == "-" || character == "_" || character == "‐" || character == "–"
    }

    /// Maps full-width forms typed with a Chinese input method (`ＡＢ１－`, ideographic space) to ASCII.
    private static func halfWidth(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
              (0xFF01...0xFF5E).contains(scalar.value),
              let ascii = Unicode.Scalar(scalar.value - 0xFEE0) else { return character }
        return Character(ascii)
    }
}
