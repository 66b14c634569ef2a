/// Arithmetic in GF(32) = GF(2)[x] / (x⁵ + x² + 1), the field behind the label code's check character.
///
/// Elements are the integers 0…31 read as polynomials over GF(2); addition is XOR. The polynomial
/// x⁵ + x² + 1 is primitive, so α = x (the element 2) generates all 31 nonzero elements.
enum GaloisField32 {
    /// α^k for k = 0…30.
    static let powersOfAlpha: [UInt8] = {
        var powers = [UInt8]()
        var element: UInt8 = 1
        for _ in 0..<31 {
            powers.append(element)
            element <<= 1
            if element & 0b10_0000 != 0 { element ^= 0b10_0101 }
        }
        return powers
    }()

    /// log_α of each nonzero element.
    private static let logarithms: [Int] = {
        var logs = [Int](repeating: 0, count: 32)
        for (exponent, element) in powersOfAlpha.enumerated() { logs[Int(element)] = exponent }
        return logs
    }()

    /// The product of two field elements.
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return powersOfAlpha[(logarithms[Int(a)] + logarithms[Int(b)]) % 31]
    }
}
