import ClimateQuality

/// An hourly or daily row as the observation tables store it.
protocol StorableObservation: Sendable, Hashable {
    static var table: ObservationTable { get }
    var stationID: String { get }
    /// Hours or days since 1970-01-01.
    var storageKey: Int { get }
    var storageValidCount: Int? { get }
    var readings: ElementReadings { get }
}

extension HourlyObservation: StorableObservation {
    static var table: ObservationTable { .hourly }
    var storageKey: Int { time.hourNumber }
    var storageValidCount: Int? { validMinutes }
}

extension DailyObservation: StorableObservation {
    static var table: ObservationTable { .daily }
    var storageKey: Int { date.dayNumber }
    var storageValidCount: Int? { nil }
}
