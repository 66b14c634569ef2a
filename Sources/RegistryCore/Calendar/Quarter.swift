import Foundation

/// A calendar quarter (季度) in Beijing time: the period of the bureau's quarterly report (每季度报送).
public struct Quarter: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1–4.
    public let quarter: Int

    /// The quarter of a valid year (as `Day` accepts) and quarter number 1–4, or nil.
    public init?(year: Int, quarter: Int) {
        guard (1...4).contains(quarter), Day(year: year, month: 1, day: 1) != nil else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// The quarter a day falls in.
    public init(_ day: Day) {
        year = day.year
        quarter = (day.month - 1) / 3 + 1
    }

    /// Reads a year and a quarter as typed in a form or a query, refusing anything else with a
    /// message naming the field.
    public init(year: String?, quarter: String?) throws(RegistryError) {
        guard let yearText = year?.trimmingCharacters(in: .whitespaces), let year = Int(yearText), (2000...2999).contains(year) else {
            throw .invalidDate(field: "year", chinese: "「年份」应为 2000 到 2999 之间的四位数字",
                               english: "year must be a four-digit number from 2000 to 2999")
        }
        guard let quarterText = quarter?.trimmingCharacters(in: .whitespaces), let number = Int(quarterText),
              let found = Quarter(year: year, quarter: number) else {
            throw .invalidDate(field: "quarter", chinese: "「季度」应为 1、2、3 或 4", english: "quarter must be 1, 2, 3 or 4")
        }
        self = found
    }

    /// Its three months, in order.
    public var months: [CalendarMonth] {
        (1...3).map { CalendarMonth(year: year, month: (quarter - 1) * 3 + $0)! }
    }

    public var firstDay: Day { months[0].firstDay }
    public var lastDay: Day { months[2].lastDay }

    /// The quarter before this one.
    public var previous: Quarter {
        quarter == 1 ? Quarter(year: year - 1, quarter: 4) ?? self : Quarter(year: year, quarter: quarter - 1)!
    }

    /// The quarter after this one.
    public var next: Quarter {
        quarter == 4 ? Quarter(year: year + 1, quarter: 1) ?? self : Quarter(year: year, quarter: quarter + 1)!
    }

    /// `2026年第三季度`.
    public var chinese: String { "\(year)年第\(["一", "二", "三", "四"][quarter - 1])季度" }

    /// `2026-Q3`.
    public var description: String { "\(year)-Q\(quarter)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter)
    }
}
