import Foundation

/// A calendar month in Beijing time, written `YYYY-MM`.
public struct CalendarMonth: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// The month of a valid year (as `Day` accepts) and month number 1–12, or nil.
    public init?(year: Int, month: Int) {
        guard Day(year: year, month: month, day: 1) != nil else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a day falls in.
    public init(_ day: Day) {
        year = day.year
        month = day.month
    }

    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: Day.length(ofMonth: month, in: year))! }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> CalendarMonth {
        CalendarMonth(firstDay.adding(months: count))
    }

    /// The `count` months ending with this one, oldest first.
    public func trailing(_ count: Int) -> [CalendarMonth] {
        (0..<max(count, 0)).reversed().map { adding(months: -$0) }
    }

    /// `2026年8月`.
    public var chinese: String { "\(year)年\(month)月" }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
