/// A closed range of days, `first` to `last` inclusive.
public struct DateRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public let first: CivilDate
    public let last: CivilDate

    public init(first: CivilDate, last: CivilDate) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// The number of days in the range.
    public var dayCount: Int { last.dayNumber - first.dayNumber + 1 }

    /// Every day of the range, in order.
    public var days: [CivilDate] { (first.dayNumber...last.dayNumber).map(CivilDate.init(dayNumber:)) }

    public func contains(_ date: CivilDate) -> Bool { first <= date && date <= last }

    public func overlaps(_ other: DateRange) -> Bool { first <= other.last && other.first <= last }

    /// The calendar month `month` of `year`.
    public static func month(_ month: Int, of year: Int) -> DateRange {
        DateRange(first: CivilDate(year: year, month: month, day: 1)!,
                  last: CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!)
    }

    /// 1 January to 31 December of `year`.
    public static func year(_ year: Int) -> DateRange {
        DateRange(first: CivilDate(year: year, month: 1, day: 1)!, last: CivilDate(year: year, month: 12, day: 31)!)
    }

    /// `2025-06-01…2025-06-25`, or the single date.
    public var description: String { first == last ? first.description : "\(first)…\(last)" }
}
