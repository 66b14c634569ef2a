import Foundation

/// A small deterministic random generator (SplitMix64): the same seed gives the same demo data on
/// every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Normal with mean 0 and standard deviation `deviation` (Box–Muller).
    mutating func normal(_ deviation: Double = 1) -> Double {
        let u = max(uniform(), 1e-300)
        return deviation * (-2 * log(u)).squareRoot() * cos(2 * .pi * uniform())
    }

    /// Exponential with the given mean.
    mutating func exponential(mean: Double) -> Double { -mean * log(1 - uniform()) }
}
