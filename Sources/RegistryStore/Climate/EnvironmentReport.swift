import ClimateQuality

/// A year's environment indicators from stored observations: NAI per station and per town with their
/// grades, the monthly comfort indices of the representative weather station, the good-air share at the
/// representative air-quality station, and the district's 天然氧吧 indicators against the title's
/// thresholds, each naming its stations.
public struct EnvironmentReport: Sendable, Hashable, Codable {
    public let year: Int
    /// Every NAI station's annual mean, with its station.
    public let stations: [StationMean]
    public let towns: [TownNAIAnnualMean]
    /// The station the comfort months are taken from: the representative one, or the one asked for.
    public let comfortStationID: String
    /// That station when it is a registered weather station.
    public let comfortStation: Station?
    /// Its months of the year; empty when it has no data that year.
    public let comfort: [MonthlyComfort]
    /// The representative station for the good-air share.
    public let airQualityStationID: String
    /// Nil when that station has no AQI data for the year.
    public let airQuality: AirQualityShare?
    public let oxygenBar: OxygenBarSummary

    /// A station and its annual mean.
    public struct StationMean: Sendable, Hashable, Codable {
        public let station: Station
        public let mean: StationNAIAnnualMean
    }
}
