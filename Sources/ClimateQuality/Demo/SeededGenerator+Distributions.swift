import Foundation
import RegistryCore

extension SeededGenerator {
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
