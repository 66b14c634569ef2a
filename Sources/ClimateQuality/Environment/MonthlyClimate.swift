/// The monthly means the comfort indices need: mean temperature, relative humidity, wind speed and
/// sunshine per day (standards.md §3.1: S = monthly sunshine ÷ days).
public struct MonthlyClimate: Hashable, Sendable, Codable {
    public let month: Int
    public let meanTemperature: Double
    /// Percent, 0–100.
    public let meanHumidity: Double
    public let meanWindSpeed: Double
    public let sunshinePerDay: Double
    /// Of the station data the means come from; nil for climate normals.
    public let validity: PeriodValidity?

    public init(month: Int, meanTemperature: Double, meanHumidity: Double, meanWindSpeed: Double,
                sunshinePerDay: Double, validity: PeriodValidity? = nil) {
        self.month = month
        self.meanTemperature = meanTemperature
        self.meanHumidity = meanHumidity
        self.meanWindSpeed = meanWindSpeed
        self.sunshinePerDay = sunshinePerDay
        self.validity = validity
    }

    /// From a normals table: monthly sunshine total spread over the month's days (common year).
    public init(month: Int, meanTemperature: Double, meanHumidity: Double, meanWindSpeed: Double, sunshineHours: Double) {
        self.init(month: month, meanTemperature: meanTemperature, meanHumidity: meanHumidity, meanWindSpeed: meanWindSpeed,
                  sunshinePerDay: sunshineHours / Double(CivilDate.daysIn(month: month, year: 2023)))
    }

    /// The elements a day needs for the comfort indices.
    public static let elements: [ObservationElement] = [.temperature, .humidity, .windSpeed, .sunshine]

    /// From a station's daily rows: means over the days on which all four elements are valid; nil
    /// without such a day. The month's validity (27 days, February 25) travels with the result.
    public init?(series: DailySeries, year: Int, month: Int, rules: ValidityRules = .standard) {
        let period = DateRange.month(month, of: year)
        let days = period.days.filter { series.isValid(Self.elements, on: $0) }.compactMap { series.readings(on: $0) }
        guard !days.isEmpty else { return nil }
        func mean(_ element: ObservationElement) -> Double {
            days.map { $0.validValue(element)! }.reduce(0, +) / Double(days.count)
        }
        self.init(month: month, meanTemperature: mean(.temperature), meanHumidity: mean(.humidity),
                  meanWindSpeed: mean(.windSpeed), sunshinePerDay: mean(.sunshine),
                  validity: PeriodValidity(coverage: series.coverage(of: Self.elements, in: period),
                                           requiredValidDays: rules.minimumValidDays(inMonth: month)))
    }
}
