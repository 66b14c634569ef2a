/// Computes a crop indicator from a station's daily data over a stage window.
///
/// Only days on which every element the indicator needs is valid are used; sums and counts are taken
/// over those days as they are (gaps are never filled), and `coverage` says how many days that was.
public enum IndicatorCalculator {
    /// The value (nil when no day is valid) and the data coverage of `indicator` over `window`.
    public static func compute(_ indicator: CropIndicator, in series: DailySeries,
                               over window: DateRange) -> (value: Double?, coverage: DataCoverage) {
        let elements = indicator.kind.elements(counting: indicator.element)
        let coverage = series.coverage(of: elements, in: window)
        let days = window.days.compactMap { date -> ElementReadings? in
            guard let readings = series.readings(on: date),
                  elements.allSatisfy({ readings.validValue($0) != nil }) else { return nil }
            return readings
        }
        guard !days.isEmpty else { return (nil, coverage) }
        func values(_ element: ObservationElement) -> [Double] { days.map { $0.validValue(element)! } }
        func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
        let threshold = indicator.threshold ?? 0
        let value: Double = switch indicator.kind {
        case .meanTemperature: mean(values(.temperature))
        case .meanDailyMaximum: mean(values(.maximumTemperature))
        case .meanDailyMinimum: mean(values(.minimumTemperature))
        case .highestTemperature: values(.maximumTemperature).max()!
        case .lowestTemperature: values(.minimumTemperature).min()!
        case .activeAccumulatedTemperature: values(.temperature).filter { $0 >= threshold }.reduce(0, +)
        case .meanDiurnalRange: mean(zip(values(.maximumTemperature), values(.minimumTemperature)).map { $0 - $1 })
        case .sunshineHours: values(.sunshine).reduce(0, +)
        case .precipitation: values(.precipitation).reduce(0, +)
        case .rainDays: Double(values(.precipitation).filter { $0 >= threshold }.count)
        case .meanHumidity: mean(values(.humidity))
        case .daysAtOrBelow: Double(values(elements[0]).filter { $0 <= threshold }.count)
        case .daysAtOrAbove: Double(values(elements[0]).filter { $0 >= threshold }.count)
        }
        return (value, coverage)
    }
}
