import ClimateQuality
import GRDB
import GRDBSQLite
import RegistryCore

extension RegistryTransaction {
    /// Cached values derived from observations start with this; an import forgets them.
    static let seriesCachePrefix = "series:"

    /// A station's daily series: days aggregated from its hourly rows (`DailyAggregator`), with the
    /// elements of imported daily rows (AQI, stations reporting daily) filling what hourly data lack.
    /// Kept for the rest of the transaction.
    public func dailySeries(of stationID: String) throws -> DailySeries {
        try cache.value(Self.seriesCachePrefix + stationID) { () throws -> DailySeries? in
            let hourly = try storedRows(of: stationID, in: .hourly) { key, validCount, readings in
                HourlyObservation(stationID: stationID, time: ObservationHour(date: CivilDate(dayNumber: key / 24), hour: key % 24)!,
                                  validMinutes: validCount, readings: readings)
            }
            var days = DailyAggregator().aggregate(hourly)
            var positions = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1.date.dayNumber, $0) })
            _ = try storedRows(of: stationID, in: .daily) { key, _, readings in
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
        }!
    }

    /// A station's annual mean NAI and its validity (standards.md §2.4), kept for the transaction.
    public func naiAnnualMean(of stationID: String, year: Int) throws -> StationNAIAnnualMean {
        try cache.value("\(Self.seriesCachePrefix)nai:\(stationID):\(year)") { () throws -> StationNAIAnnualMean? in
            StationNAIAnnualMean(series: try dailySeries(of: stationID), year: year)
        }!
    }

    /// The NAI stations around a point with their annual means of `year`, nearest first.
    func nearbyNAIStations(around point: GeoPoint, year: Int) throws -> [NearbyNAIStation] {
        let place = GeoCoordinate(latitude: point.latitude, longitude: point.longitude)
        return try stations().filter { $0.kind.serves(.nai) }.map { station in
            let mean = try naiAnnualMean(of: station.id, year: year)
            return NearbyNAIStation(stationID: station.id, name: station.name, distance: place.distance(to: station.location),
                                    heightDifference: point.elevation.map { station.elevation - $0 }, year: year,
                                    annualMean: mean.validMean, validity: mean.validity.summary)
        }.sorted { $0.distance < $1.distance }
    }

    /// Reads a station's rows of one table in key order, straight from SQLite.
    private func storedRows<Row>(of stationID: String, in table: ObservationTable,
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
