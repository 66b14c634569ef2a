/// One hour of observation in Beijing local time, labelled by the hour it starts (`13` = 13:00–14:00).
///
/// A day is the 24 hours 00–23 of its date ([D] convention of this registry; CMA's 20–20 h
/// precipitation day is not used).
public struct ObservationHour: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let date: CivilDate
    /// 0 to 23.
    public let hour: Int

    /// An hour, or nil when `hour` is not 0–23.
    public init?(date: CivilDate, hour: Int) {
        guard (0...23).contains(hour) else { return nil }
        self.date = date
        self.hour = hour
    }

    /// The hour `hourNumber` hours after 1970-01-01 00:00 (before it when negative: the day is found by
    /// rounding down, so `-1` is 1969-12-31T23:00).
    public init(hourNumber: Int) {
        let (days, hours) = hourNumber.quotientAndRemainder(dividingBy: 24)
        date = CivilDate(dayNumber: hours < 0 ? days - 1 : days)
        hour = hours < 0 ? hours + 24 : hours
    }

    /// Hours since 1970-01-01 00:00: consecutive hours have consecutive numbers.
    public var hourNumber: Int { date.dayNumber * 24 + hour }

    /// `2025-06-01T13:00`.
    public var description: String { "\(date)T\(hour < 10 ? "0" : "")\(hour):00" }

    public static func < (lhs: ObservationHour, rhs: ObservationHour) -> Bool { lhs.hourNumber < rhs.hourNumber }
}
