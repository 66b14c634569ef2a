/// One station's readings for one day, imported or aggregated from hourly rows.
/// Unique by `(stationID, date)`.
public struct DailyObservation: Hashable, Sendable, Codable {
    public let stationID: String
    public let date: CivilDate
    public var readings: ElementReadings

    public init(stationID: String, date: CivilDate, readings: ElementReadings) {
        self.stationID = stationID
        self.date = date
        self.readings = readings
    }
}
