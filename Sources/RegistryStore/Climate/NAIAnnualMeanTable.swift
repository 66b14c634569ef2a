import ClimateQuality
import GRDB

/// The stored NAI annual means (table `nai_annual_means`): one row per station and year in which the
/// station has observations, the whole `StationNAIAnnualMean` as JSON. An observation import rewrites
/// the rows of the stations it changed in its own transaction, so that a homestay plaque's page reads
/// one row where it would otherwise read a year of hourly observations.
enum NAIAnnualMeanTable {
    /// Recomputes and stores the means of every year with data of each NAI station among `stations`,
    /// replacing its old rows.
    static func refresh(_ stations: [Station], in db: Database, series: (String) throws -> DailySeries) throws {
        for stationID in stations.filter({ $0.kind.serves(.nai) }).map(\.id) {
            let daily = try series(stationID)
            try db.cachedStatement(sql: "DELETE FROM nai_annual_means WHERE station = ?").execute(arguments: [stationID])
            for year in daily.years.sorted() {
                let mean = String(decoding: try RegistryTransaction.encoder.encode(StationNAIAnnualMean(series: daily, year: year)),
                                  as: UTF8.self)
                try db.cachedStatement(sql: "INSERT INTO nai_annual_means (station, year, body) VALUES (?, ?, ?)")
                    .execute(arguments: [stationID, year, mean])
            }
        }
    }

    /// The stored mean of a station's year, nil when the station has no observations that year.
    static func stored(of stationID: String, year: Int, in db: Database) throws -> String? {
        try String.fetchOne(try db.cachedStatement(sql: "SELECT body FROM nai_annual_means WHERE station = ? AND year = ?"),
                            arguments: [stationID, year])
    }
}
