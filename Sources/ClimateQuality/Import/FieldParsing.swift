import Foundation

/// Reads numbers and times straight from the bytes of a CSV field, without making strings.
enum FieldParsing {
    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// A finite decimal number such as `-12.5`, `+3`, `.5` or `1e3`; nil for anything else.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                guard digits < 15 else { return slowDecimal(bytes) }
                mantissa = mantissa * 10 + Int(byte - 0x30)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return slowDecimal(bytes)
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    /// Forms the fast path does not take (exponents, many digits), through the standard library.
    private static func slowDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard bytes.allSatisfy({ $0 < 0x80 }), let value = Double(String(decoding: bytes, as: UTF8.self)),
              value.isFinite else { return nil }
        return value
    }

    /// A non-negative whole number of at most 9 digits.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// `YYYY-MM-DD` at the start of `bytes`.
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2)
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The result of reading an hourly time stamp.
    enum HourParse {
        case hour(ObservationHour)
        case notOnTheHour
        case malformed
    }

    /// `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`, optionally with `:SS`.
    static func hour(_ bytes: UnsafeBufferPointer<UInt8>) -> HourParse {
        guard bytes.count == 16 || bytes.count == 19, let date = date(bytes),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
              let hour = digits(bytes, 11, 2), let minute = digits(bytes, 14, 2), minute < 60
        else { return .malformed }
        var second = 0
        if bytes.count == 19 {
            guard bytes[16] == UInt8(ascii: ":"), let value = digits(bytes, 17, 2), value < 60 else { return .malformed }
            second = value
        }
        guard let time = ObservationHour(date: date, hour: hour) else { return .malformed }
        return minute == 0 && second == 0 ? .hour(time) : .notOnTheHour
    }

    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        var value = 0
        for index in offset..<(offset + count) {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
