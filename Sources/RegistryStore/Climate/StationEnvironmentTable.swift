import ClimateQuality
import GRDB

/// The stored environment figures of each station and year (table `station_environment`): one row per
/// station and year in which the station has observations, the whole `StationYearEnvironment` as JSON.
/// An observation import rewrites the rows of the stations it changed in its own transaction, so that
/// the dashboard and `oxlabel env report` read one row per station where they would otherwise
/// aggregate a year of hourly observations of every station.
enum StationEnvironmentTable {
    /// Recomputes and stores the figures of every year with data of each of `stations`, replacing
    /// their old rows.
    static func refresh(_ stations: [Station], in db: Database, series: (String) throws -> DailySeries) throws {
        for stationID in stations.map(\.id) {
            let daily = try series(stationID)
            try db.cachedStatement(sql: "DELETE FROM station_environment WHERE station = ?").execute(arguments: [stationID])
            for year in daily.years.sorted() {
                let body = String(decoding: try RegistryTransaction.encoder.encode(StationYearEnvironment(series: daily, year: year)),
                                  as: UTF8.self)
                try db.cachedStatement(sql: "INSERT INTO station_environment (station, year, body) VALUES (?, ?, ?)")
                    .execute(arguments: [stationID, year, body])
            }
        }
    }

    /// The stored figures of a station's year, nil when the station has no observations that year.
    static func stored(of stationID: String, year: Int, in db: Database) throws -> String? {
        try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM station_environment WHERE station = ? AND year = ?"),
                            arguments: [stationID, year])
    }
}
