/// A day of the year without a year, written `MM-DD`, as used in crop-stage windows.
///
/// 29 February is not allowed, so that a window means the same days in every year.
public struct MonthDay: Hashable, Comparable, Sendable {
    public let month: Int
    public let day: Int

    /// A month-day, or nil when it does not exist in a common year.
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: 2023) else { return nil }
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD`.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
        self.init(month: month, day: day)
    }

    /// This day in `year`.
    public func date(in year: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }

    public var description: String { "\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)" }

    public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }
}

extension MonthDay: TextCodable {
    public static let textFormat = "MM-DD"
}
