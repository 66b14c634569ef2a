/// Physically possible values of each element; a value outside is refused as impossible (a wrong
/// unit, a missing decimal point), not flagged.
///
/// Bounds are [D] (registry defaults): temperature −60…60 ℃ (Yanqing's extremes are about −25 and
/// 40), relative humidity 0–100 % (standards.md §2.4 asks for plausible ranges without values), hourly
/// precipitation 0–300 mm, hourly sunshine 0–1 h, wind 0–75 m/s, NAI 0–1 000 000 /cm³ (values above
/// 50 000 are kept and flagged as spikes by quality control), AQI 0–500 (HJ 633-2012).
public struct PlausibleRange: Hashable, Sendable {
    public let lower: Double
    public let upper: Double

    public func contains(_ value: Double) -> Bool { value >= lower && value <= upper }

    /// The range of `element` for values of one hour (`hourly`) or one day.
    public static func of(_ element: ObservationElement, hourly: Bool) -> PlausibleRange {
        switch element {
        case .temperature, .maximumTemperature, .minimumTemperature: PlausibleRange(lower: -60, upper: 60)
        case .precipitation: PlausibleRange(lower: 0, upper: hourly ? 300 : 1_000)
        case .sunshine: PlausibleRange(lower: 0, upper: hourly ? 1 : 24)
        case .humidity: PlausibleRange(lower: 0, upper: 100)
        case .windSpeed: PlausibleRange(lower: 0, upper: 75)
        case .nai: PlausibleRange(lower: 0, upper: 1_000_000)
        case .aqi: PlausibleRange(lower: 0, upper: 500)
        }
    }
}
