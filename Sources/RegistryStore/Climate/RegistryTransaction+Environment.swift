import ClimateQuality
import RegistryCore

extension RegistryTransaction {
    /// The environment indicators of `year` (standards.md §2–§3) from the district's representative
    /// stations (`Schemas/rules/environment.json`): comfort months from the representative weather
    /// station, or from `comfortStationID` when given (a weather station); the good-air share from the
    /// representative air-quality station; the district NAI mean from the representative NAI stations.
    /// A representative station without data for the year is reported so, never replaced by another.
    /// Reads the figures each import stored per station and year (`StationYearTable.environment`).
    public func environmentReport(year: Int, comfortStationID: String? = nil) throws -> EnvironmentReport {
        try environmentReport(year: year, comfortStationID: comfortStationID) { try stationEnvironment(of: $0.id, year: year) }
    }

    /// The indicators of `year` from each station's figures as `figures` gives them.
    func environmentReport(year: Int, comfortStationID: String?,
                           figures: (Station) throws -> StationYearEnvironment) throws -> EnvironmentReport {
        let all = try stations()
        let representative = configuration.environment.representativeStations
        let means = try all.filter { $0.kind.serves(.nai) }.map {
            EnvironmentReport.StationMean(station: $0, mean: try naiAnnualMean(of: $0.id, year: year))
        }
        let districtMeans = means.filter { representative.nai.includes($0.station.id) }
        if let comfortStationID {
            let named = try station(comfortStationID)
            guard named.kind.serves(.weather) else { throw ClimateStoreError.notAWeatherStation(stationID: named.id, kind: named.kind) }
        }
        let comfortID = comfortStationID ?? representative.comfort
        let comfortStation = all.first { $0.id == comfortID && $0.kind.serves(.weather) }
        let comfort = try comfortStation.map { try figures($0).comfort } ?? []
        let airQualityStation = all.first { $0.id == representative.airQuality }
        let airQuality = try airQualityStation.flatMap { try figures($0).airQuality }
        let sources = OxygenBarSummary.Sources(
            nai: "代表站 " + representative.naiNaming(among: all),
            comfort: (comfortStationID == nil ? "代表站 " : "指定站 ") + RepresentativeStations.naming(comfortID, among: all, serving: .weather),
            airQuality: "代表站 " + RepresentativeStations.naming(representative.airQuality, among: all, serving: nil))
        return EnvironmentReport(
            year: year, stations: means, towns: TownNAIAnnualMean.byTown(means.map(\.mean), stations: all, year: year),
            comfortStationID: comfortID, comfortStation: comfortStation, comfort: comfort,
            airQualityStationID: representative.airQuality, airQuality: airQuality,
            oxygenBar: OxygenBarSummary(year: year, naiMeans: districtMeans.map(\.mean), comfort: comfort, airQuality: airQuality,
                                        sources: sources))
    }

    /// A station's environment figures of `year` as stored by the imports of its observations
    /// (`StationYearTable.environment`): one row. A year without observations has no day, month or share.
    public func stationEnvironment(of stationID: String, year: Int) throws -> StationYearEnvironment {
        guard let body = try StationYearTable.environment.stored(of: stationID, year: year, in: db) else {
            return StationYearEnvironment(series: DailySeries(stationID: stationID, days: []), year: year)
        }
        return try decodeShared(StationYearEnvironment.self, body, entity: .station, id: stationID)
    }
}
