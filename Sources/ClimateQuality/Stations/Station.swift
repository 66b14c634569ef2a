import RegistryCore

/// A weather or negative-air-ion (负氧离子, NAI) monitoring station (监测站).
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

        /// Whether a station of this kind can serve as a `needed` station.
        public func serves(_ needed: Kind) -> Bool { self == .both || self == needed }
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
