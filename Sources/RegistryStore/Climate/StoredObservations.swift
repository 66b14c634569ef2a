import ClimateQuality
import GRDB
import GRDBSQLite

/// Observations as stored, read straight from SQLite.
enum StoredObservations {
    /// A station's daily series: days aggregated from its hourly rows (`DailyAggregator`), with the
    /// elements of imported daily rows (AQI, stations reporting daily) filling what hourly data lack.
    static func dailySeries(of stationID: String, in db: Database) throws -> DailySeries {
        let hourly = try storedRows(of: stationID, in: .hourly, db: db) { key, validCount, readings in
            HourlyObservation(stationID: stationID, time: ObservationHour(hourNumber: key),
                              validMinutes: validCount, readings: readings)
        }
        var days = DailyAggregator().aggregate(hourly)
        var positions = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1.date.dayNumber, $0) })
        _ = try storedRows(of: stationID, in: .daily, db: db) { key, _, readings in
            guard let position = positions[key] else {
                positions[key] = days.count
                days.append(DailyObservation(stationID: stationID, date: CivilDate(dayNumber: key), readings: readings))
                return ()
            }
            for element in ObservationElement.allCases where days[position].readings[element] == nil {
                days[position].readings[element] = readings[element]
            }
            return ()
        }
        return DailySeries(stationID: stationID, days: days)
    }

    /// Reads a station's rows of one table in key order, straight from SQLite.
    private static func storedRows<Row>(of stationID: String, in table: ObservationTable, db: Database,
                                        _ make: (Int, Int?, ElementReadings) -> Row) throws -> [Row] {
        let statement = try db.cachedStatement(sql: table.selectStationSQL).sqliteStatement
        sqlite3_reset(statement)
        defer { sqlite3_reset(statement) }
        ObservationTable.bindStation(stationID, to: statement)
        var rows: [Row] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw StoreError.database(detail: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
            let (validCount, readings) = table.read(from: statement, first: 1)
            rows.append(make(Int(sqlite3_column_int64(statement, 0)), validCount, readings))
        }
        return rows
    }
}
