import ClimateQuality
import RegistryCore

extension RegistryTransaction {
    /// The environment indicators of `year` (standards.md §2–§3). Comfort months come from
    /// `comfortStationID`, or else from the weather station with the most days on which the four
    /// comfort elements are valid; the good-air share from the first station (by id) with daily AQI.
    public func environmentReport(year: Int, comfortStationID: String? = nil) throws -> EnvironmentReport {
        let all = try stations()
        let means = try all.filter { $0.kind.serves(.nai) }.map {
            EnvironmentReport.StationMean(station: $0, mean: try naiAnnualMean(of: $0.id, year: year))
        }
        let period = DateRange.year(year)
        let weather = try comfortStationID.map { [try station($0)] } ?? all.filter { $0.kind.serves(.weather) }
        let ranked = try weather.map { ($0, try dailySeries(of: $0.id).coverage(of: MonthlyClimate.elements, in: period).validDays) }
            .filter { $0.1 > 0 }
            .sorted { $0.1 > $1.1 }
        let comfortStation = ranked.first?.0
        var comfort: [MonthlyComfort] = []
        if let comfortStation {
            let series = try dailySeries(of: comfortStation.id)
            comfort = (1...12).compactMap { month in MonthlyClimate(series: series, year: year, month: month).map { MonthlyComfort($0) } }
        }
        var airQuality: (String, AirQualityShare)?
        for station in all where airQuality == nil {
            if let share = AirQualityShare(series: try dailySeries(of: station.id), year: year) { airQuality = (station.id, share) }
        }
        return EnvironmentReport(
            year: year, stations: means, towns: TownNAIAnnualMean.byTown(means.map(\.mean), stations: all, year: year),
            comfortStation: comfortStation, comfort: comfort, airQualityStationID: airQuality?.0, airQuality: airQuality?.1,
            oxygenBar: OxygenBarSummary(year: year, naiMeans: means.map(\.mean), comfort: comfort, airQuality: airQuality?.1))
    }
}
