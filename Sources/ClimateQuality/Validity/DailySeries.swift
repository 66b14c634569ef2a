/// One station's daily rows, looked up by date.
public struct DailySeries: Sendable {
    public let stationID: String
    private let readingsByDay: [Int: ElementReadings]

    /// `days` may be in any order; rows of other stations are ignored.
    public init(stationID: String, days: [DailyObservation]) {
        self.stationID = stationID
        var readingsByDay: [Int: ElementReadings] = [:]
        for day in days where day.stationID == stationID { readingsByDay[day.date.dayNumber] = day.readings }
        self.readingsByDay = readingsByDay
    }

    /// The years in which the station reported at least one day.
    public var years: Set<Int> { Set(readingsByDay.keys.map { CivilDate(dayNumber: $0).year }) }

    /// The readings of `date`, if the station reported that day.
    public func readings(on date: CivilDate) -> ElementReadings? { readingsByDay[date.dayNumber] }

    /// Whether every element in `elements` is valid on `date`.
    public func isValid(_ elements: [ObservationElement], on date: CivilDate) -> Bool {
        guard let readings = readingsByDay[date.dayNumber] else { return false }
        return elements.allSatisfy { readings.validValue($0) != nil }
    }

    /// Valid days and gaps of `elements` (all valid together) in `period`.
    public func coverage(of elements: [ObservationElement], in period: DateRange) -> DataCoverage {
        var validDays = 0
        var gaps: [DateRange] = []
        var gapStart: CivilDate?
        for date in period.days {
            if isValid(elements, on: date) {
                validDays += 1
                if let start = gapStart { gaps.append(DateRange(first: start, last: date.adding(days: -1))) }
                gapStart = nil
            } else if gapStart == nil {
                gapStart = date
            }
        }
        if let start = gapStart { gaps.append(DateRange(first: start, last: period.last)) }
        return DataCoverage(period: period, validDays: validDays, gaps: gaps)
    }

    /// The valid values of `element` in `period`, in date order.
    public func validValues(_ element: ObservationElement, in period: DateRange) -> [Double] {
        period.days.compactMap { readingsByDay[$0.dayNumber]?.validValue(element) }
    }
}
