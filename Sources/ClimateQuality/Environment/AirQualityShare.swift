/// The share of good-air days of a year (standards.md §2.5 [C]): days with daily AQI ≤ 100 ÷ valid
/// monitoring days.
public struct AirQualityShare: Hashable, Sendable, Codable {
    public let year: Int
    public let validDays: Int
    public let goodDays: Int

    /// The AQI bound of 优 and 良 (HJ 633-2012).
    public static let goodAQILimit = 100.0

    /// From the daily AQI values of `series`; nil when the year has no valid AQI day.
    public init?(series: DailySeries, year: Int) {
        let values = series.validValues(.aqi, in: .year(year))
        guard !values.isEmpty else { return nil }
        self.year = year
        validDays = values.count
        goodDays = values.filter { $0 <= Self.goodAQILimit }.count
    }

    /// 0…1.
    public var share: Double { Double(goodDays) / Double(validDays) }
}
