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
        guard (1900...2999).contains(year), (1...12).contains(month), (1...Day.length(ofMonth: month, in: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days in a month of the Gregorian calendar.
    public static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm of H. Hinnant.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day a number of days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let month = mp + (mp < 10 ? 3 : -9)
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = dayOfYear - (153 * mp + 2) / 5 + 1
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
        let seconds = date.timeIntervalSince1970
        if (Day.steadyOffsetSince..<Day.arithmeticUntil).contains(seconds) {
            self.init(daysSinceEpoch: Int(((seconds + Day.beijingOffset) / 86_400).rounded(.down)))
            return
        }
        let c = Day.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(calendarYear: c.year!, month: c.month!, day: c.day!)
    }

    private init(calendarYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Midnight at the start of this day in Beijing.
    public var start: Date {
        let seconds = Double(daysSinceEpoch) * 86_400 - Day.beijingOffset
        if (Day.steadyOffsetSince..<Day.arithmeticUntil).contains(seconds) { return Date(timeIntervalSince1970: seconds) }
        return Day.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// Beijing time is UTC+8 (seconds).
    private static let beijingOffset: Double = 8 * 3600
    /// 1992-01-01 00:00 in Beijing (Unix seconds). China last kept summer time in 1991, so from then on
    /// a day is plain arithmetic at UTC+8; earlier instants go through the calendar's time-zone rules.
    private static let steadyOffsetSince: Double = 694_195_200
    /// The year 3000, past any registry date; instants beyond it also go through the calendar.
    private static let arithmeticUntil: Double = 32_503_651_200

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + count)
    }

    /// The same day `count` months later, clamped to the month's end, and to the years a registry day
    /// may have (1900–2999) rather than overflowing.
    public func adding(months count: Int) -> Day {
        let (sum, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(count)
        let index = overflow ? (count > 0 ? Self.lastMonthIndex : Self.firstMonthIndex) : min(max(sum, Self.firstMonthIndex), Self.lastMonthIndex)
        let (y, m) = (index / 12, index % 12 + 1)
        return Day(calendarYear: y, month: m, day: min(day, Day.length(ofMonth: m, in: y)))
    }

    /// January 1900 and December 2999 as month counts (`year * 12 + month - 1`).
    private static let firstMonthIndex = 1900 * 12
    private static let lastMonthIndex = 2999 * 12 + 11

    /// Whether the day is a Saturday or a Sunday (1970-01-01 was a Thursday).
    public var isWeekend: Bool {
        let weekday = ((daysSinceEpoch % 7) + 7 + 3) % 7 // 0 = Monday
        return weekday >= 5
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
