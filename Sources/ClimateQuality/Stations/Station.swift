import RegistryCore

/// A weather or negative-air-ion (负氧离子, NAI) monitoring station (监测站), or a sensor inside a greenhouse
/// (设施内传感器) for crops grown under cover.
public struct Station: Hashable, Sendable, Codable, Identifiable {
    /// The station number, e.g. `54406` or a regional AWS code `A1234`.
    public let id: String
    public let name: String
    /// The statistical code of the town it stands in (`Yanqing.towns`).
    public let townID: String
    public let location: GeoCoordinate
    /// Height of the observation field above sea level, metres.
    public let elevation: Double
    public let kind: Kind

    /// What a station observes.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Temperature, precipitation, sunshine, humidity, wind.
        case weather
        /// Negative air ions, usually with temperature and humidity.
        case nai
        /// Both of the above.
        case both
        /// Temperature and humidity inside a greenhouse or other protected cultivation (设施内传感器): it
        /// serves only crops grown there, never the open-air or district figures.
        case greenhouse

        /// Whether a station of this kind can serve as a `needed` station.
        public func serves(_ needed: Kind) -> Bool {
            self == needed || (self == .both && (needed == .weather || needed == .nai))
        }

        /// `气象站`, `负氧离子站`, `气象与负氧离子站`, `设施内传感器`.
        public var chinese: String {
            switch self {
            case .weather: "气象站"
            case .nai: "负氧离子站"
            case .both: "气象与负氧离子站"
            case .greenhouse: "设施内传感器"
            }
        }

        /// `weather station`, …, `greenhouse sensor`.
        public var english: String {
            switch self {
            case .weather: "weather station"
            case .nai: "NAI station"
            case .both: "weather and NAI station"
            case .greenhouse: "greenhouse sensor"
            }
        }
    }

    public init(id: String, name: String, townID: String, location: GeoCoordinate, elevation: Double, kind: Kind) {
        self.id = id
        self.name = name
        self.townID = townID
        self.location = location
        self.elevation = elevation
        self.kind = kind
    }
}
