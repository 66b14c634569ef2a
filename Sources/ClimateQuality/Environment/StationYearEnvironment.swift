/// What one station's observations of one year give the environment indicators besides NAI: the days
/// on which the four comfort elements are valid (to rank weather stations), the monthly comfort
/// indices, and the good-air share when the station reported AQI.
public struct StationYearEnvironment: Sendable, Hashable, Codable {
    public let year: Int
    /// Days of the year on which every element of `MonthlyClimate.elements` is valid.
    public let comfortDays: Int
    public let comfort: [MonthlyComfort]
    /// Nil when the year has no valid AQI day.
    public let airQuality: AirQualityShare?

    /// From a station's daily series; a series without data that year gives no day, no month and no share.
    public init(series: DailySeries, year: Int) {
        self.year = year
        comfortDays = series.coverage(of: MonthlyClimate.elements, in: .year(year)).validDays
        comfort = (1...12).compactMap { month in MonthlyClimate(series: series, year: year, month: month).map { MonthlyComfort($0) } }
        airQuality = AirQualityShare(series: series, year: year)
    }
}
