import Foundation

/// Axis arithmetic shared by the charts.
enum ChartAxis {
    /// 1, 2 or 5 times a power of ten, at least `value` (1 for values up to 1).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 1 else { return 1 }
        let power = pow(10, (log10(value)).rounded(.down))
        return [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= value } ?? value
    }
}
