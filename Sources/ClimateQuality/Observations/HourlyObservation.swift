/// One station's readings for one hour. Unique by `(stationID, time)`: a store upserts on that key,
/// so importing the same file twice changes nothing.
public struct HourlyObservation: Hashable, Sendable, Codable {
    public let stationID: String
    public let time: ObservationHour
    /// Minutes of valid samples in the hour; nil when the source does not say (taken as 60).
    public var validMinutes: Int?
    public var readings: ElementReadings

    public init(stationID: String, time: ObservationHour, validMinutes: Int? = nil, readings: ElementReadings) {
        self.stationID = stationID
        self.time = time
        self.validMinutes = validMinutes
        self.readings = readings
    }
}
