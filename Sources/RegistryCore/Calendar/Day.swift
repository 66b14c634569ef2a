import Foundation

/// A calendar day in Beijing time (Asia/Shanghai), written `YYYY-MM-DD`.
///
/// Registry dates (validity, deadlines, publicity) are whole days; instants (audit events) are `Date`.
public struct Day: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The calendar every registry day is counted in.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        return calendar
    }()

    /// Creates a day, or returns nil when it does not exist (`2025-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        let components = DateComponents(year: year, month: month, day: day)
        guard (1900...2999).contains(year), components.isValidDate(in: Day.calendar) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day an instant falls on in Beijing.
    public init(_ date: Date) {
        let c = Day.calendar.dateComponents([.year, .month, .day], from: date)
        self.year = c.year!
        self.month = c.month!
        self.day = c.day!
    }

    /// Midnight at the start of this day in Beijing.
    public var start: Date {
        Day.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        Day(Day.calendar.date(byAdding: .day, value: count, to: start)!)
    }

    /// The same day `count` months later, clamped to the month's end.
    public func adding(months count: Int) -> Day {
        Day(Day.calendar.date(byAdding: .month, value: count, to: start)!)
    }

    /// Whether the day is a Saturday or a Sunday.
    public var isWeekend: Bool {
        let weekday = Day.calendar.component(.weekday, from: start)
        return weekday == 1 || weekday == 7
    }

    /// The last of `count` working days (Monday to Friday) after this day.
    ///
    /// Public holidays and the swapped working weekends of the State Council's yearly notice are not
    /// known to the registry; the publicity end date is shown to staff, who may extend it.
    public func addingWorkingDays(_ count: Int) -> Day {
        var current = self
        var remaining = count
        while remaining > 0 {
            current = current.adding(days: 1)
            if !current.isWeekend { remaining -= 1 }
        }
        return current
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
