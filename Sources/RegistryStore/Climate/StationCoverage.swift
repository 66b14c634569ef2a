/// The observations stored for one station.
public struct StationCoverage: Sendable, Hashable, Codable {
    public let hourlyRows: Int
    public let firstHour: String?
    public let lastHour: String?
    public let dailyRows: Int
    public let firstDay: String?
    public let lastDay: String?
}
