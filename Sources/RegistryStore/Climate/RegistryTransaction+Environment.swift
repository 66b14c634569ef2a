import ClimateQuality
import RegistryCore

extension RegistryTransaction {
    /// The environment indicators of `year` (standards.md §2–§3). Comfort months come from
    /// `comfortStationID`, or else from the weather station with the most days on which the four
    /// comfort elements are valid; the good-air share from the first station (by id) with daily AQI.
    /// Reads the figures each import stored per station and year (`StationYearTable.environment`).
    public func environmentReport(year: Int, comfortStationID: String? = nil) throws -> EnvironmentReport {
        try environmentReport(year: year, comfortStationID: comfortStationID) { try stationEnvironment(of: $0.id, year: year) }
    }

    /// The indicators of `year` from each station's figures as `figures` gives them.
    func environmentReport(year: Int, comfortStationID: String?,
                           figures: (Station) throws -> StationYearEnvironment) throws -> EnvironmentReport {
        let all = try stations()
        let means = try all.filter { $0.kind.serves(.nai) }.map {
            EnvironmentReport.StationMean(station: $0, mean: try naiAnnualMean(of: $0.id, year: year))
        }
        let weather = try comfortStationID.map { [try station($0)] } ?? all.filter { $0.kind.serves(.weather) }
        let comfortSource = try weather.map { ($0, try figures($0)) }
            .filter { $0.1.comfortDays > 0 }
            .max { $0.1.comfortDays < $1.1.comfortDays }
        let comfort = comfortSource?.1.comfort ?? []
        var airQuality: (String, AirQualityShare)?
        for station in all where airQuality == nil {
            if let share = try figures(station).airQuality { airQuality = (station.id, share) }
        }
        return EnvironmentReport(
            year: year, stations: means, towns: TownNAIAnnualMean.byTown(means.map(\.mean), stations: all, year: year),
            comfortStation: comfortSource?.0, comfort: comfort, airQualityStationID: airQuality?.0, airQuality: airQuality?.1,
            oxygenBar: OxygenBarSummary(year: year, naiMeans: means.map(\.mean), comfort: comfort, airQuality: airQuality?.1))
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
