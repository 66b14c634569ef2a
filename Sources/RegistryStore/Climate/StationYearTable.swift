import ClimateQuality
import Foundation
import GRDB

/// Figures stored per station and year (one row per station and year in which the station has
/// observations, the figures as JSON), so that a page reads one row where it would otherwise
/// aggregate a year of hourly observations. An observation import rewrites the rows of the stations
/// it changed in its own transaction, reading each station's daily series once for every table.
struct StationYearTable: Sendable {
    /// The table's name.
    let name: String
    /// Whether the table keeps figures of a station.
    let covers: @Sendable (Station) -> Bool
    /// A year's figures from a station's daily series, encoded.
    let figures: @Sendable (DailySeries, Int) throws -> Data

    /// The NAI annual means of the NAI stations (`nai_annual_means`), for homestay plaques.
    static let naiAnnualMeans = StationYearTable(name: "nai_annual_means", covers: { $0.kind.serves(.nai) }) { series, year in
        try RegistryTransaction.encoder.encode(StationNAIAnnualMean(series: series, year: year))
    }

    /// The comfort days and months and the good-air share of every station (`station_environment`), for
    /// the environment indicators.
    static let environment = StationYearTable(name: "station_environment", covers: { _ in true }) { series, year in
        try RegistryTransaction.encoder.encode(StationYearEnvironment(series: series, year: year))
    }

    /// Recomputes and stores the figures of every year with data of each of `stations` in each of
    /// `tables`, replacing their old rows.
    static func refresh(_ tables: [StationYearTable], of stations: [Station], in db: Database,
                        series: (String) throws -> DailySeries) throws {
        for station in stations {
            let covering = tables.filter { $0.covers(station) }
            guard !covering.isEmpty else { continue }
            let daily = try series(station.id)
            for table in covering {
                try db.cachedStatement(sql: "DELETE FROM \(table.name) WHERE station = ?").execute(arguments: [station.id])
                for year in daily.years.sorted() {
                    let body = String(decoding: try table.figures(daily, year), as: UTF8.self)
                    try db.cachedStatement(sql: "INSERT INTO \(table.name) (station, year, body) VALUES (?, ?, ?)")
                        .execute(arguments: [station.id, year, body])
                }
            }
        }
    }

    /// Recomputes `tables` for every registered station from the observations already stored.
    static func refreshEveryStation(_ tables: [StationYearTable], in db: Database) throws {
        let stations = try String.fetchAll(db, sql: "SELECT body FROM stations").map {
            try RegistryTransaction.decoder.decode(Station.self, from: Data($0.utf8))
        }
        try refresh(tables, of: stations, in: db) { try StoredObservations.dailySeries(of: $0, in: db) }
    }

    /// The stored figures of a station's year, nil when the station has no observations that year.
    func stored(of stationID: String, year: Int, in db: Database) throws -> String? {
        try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM \(name) WHERE station = ? AND year = ?"),
                            arguments: [stationID, year])
    }
}
