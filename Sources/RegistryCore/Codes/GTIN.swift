/// A GS1 Global Trade Item Number (GTIN-8, -12, -13 or -14), validated by its mod-10 check digit and
/// kept in its 14-digit form, as GS1 Digital Link writes it after `/01/`.
public struct GTIN: TextCode {
    /// The 14 digits, left-padded with zeros.
    public let digits14: String

    /// Reads a GTIN of 8, 12, 13 or 14 digits (spaces ignored) and checks its last digit.
    public init(parsing text: String) throws(CodeError) {
        let digits = text.filter { $0 != " " }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .gtinNotDigits }
        guard [8, 12, 13, 14].contains(digits.count) else { throw .gtinLength(found: digits.count) }
        let padded = String(repeating: "0", count: 14 - digits.count) + digits
        let values = padded.compactMap(\.wholeNumberValue)
        let expected = Self.checkDigit(of: values.dropLast())
        guard values.last == expected else { throw .gtinCheckDigit(expected: expected) }
        digits14 = padded
    }

    /// The GS1 check digit of the digits before it: weights 3, 1, 3, … from the right, then the
    /// difference up to the next multiple of ten.
    public static func checkDigit(of digits: some Collection<Int>) -> Int {
        let sum = digits.reversed().enumerated().reduce(0) { sum, element in
            sum + element.element * (element.offset.isMultiple(of: 2) ? 3 : 1)
        }
        return (10 - sum % 10) % 10
    }

    public var description: String { digits14 }
}
