import ClimateQuality

/// A year's environment indicators from stored observations: NAI per station and per town with their
/// grades, the monthly comfort indices of a weather station, the good-air share when AQI was imported,
/// and the district's 天然氧吧 indicators against the title's thresholds.
public struct EnvironmentReport: Sendable, Hashable, Codable {
    public let year: Int
    /// Every NAI station's annual mean, with its station.
    public let stations: [StationMean]
    public let towns: [TownNAIAnnualMean]
    /// The weather station the comfort months come from, nil when none has data for the year.
    public let comfortStation: Station?
    public let comfort: [MonthlyComfort]
    /// The station whose daily AQI gave the good-air share.
    public let airQualityStationID: String?
    public let airQuality: AirQualityShare?
    public let oxygenBar: OxygenBarSummary

    /// A station and its annual mean.
    public struct StationMean: Sendable, Hashable, Codable {
        public let station: Station
        public let mean: StationNAIAnnualMean
    }
}
