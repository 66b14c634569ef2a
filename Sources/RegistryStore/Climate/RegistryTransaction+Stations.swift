import ClimateQuality
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Registers a monitoring station.
    @discardableResult
    public func addStation(_ station: Station, by actor: Actor) throws -> Station {
        try actor.require(.registerStation)
        if try String.fetchOne(try db.cachedStatement(sql: "SELECT id FROM stations WHERE id = ?"), arguments: [station.id]) != nil {
            throw RegistryError.duplicate(entity: .station, id: station.id)
        }
        let body = try encode(station)
        try db.cachedStatement(sql: "INSERT INTO stations(id, name, town_id, kind, body) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [station.id, station.name, station.townID, station.kind.rawValue, body])
        cache.forget("stations")
        try appendAudit(actor, .registerStation, .station, station.id, to: "registered", details: body)
        return station
    }

    /// The station with an id, or a not-found error.
    public func station(_ id: String) throws -> Station {
        guard let station = try stations().first(where: { $0.id == id }) else { throw RegistryError.notFound(entity: .station, id: id) }
        return station
    }

    /// Every registered station, by id.
    public func stations() throws -> [Station] {
        try cache.value("stations") { () throws -> [Station]? in
            try String.fetchAll(try db.cachedStatement(sql: "SELECT body FROM stations ORDER BY id"))
                .map { try decodeShared(Station.self, $0, entity: .station, id: "?") }
        } ?? []
    }

    /// How much a station has stored: hourly rows and their first and last hour, and daily rows.
    public func observationCoverage(of stationID: String) throws -> StationCoverage {
        let hourly = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT COUNT(*) AS n, MIN(hour) AS first, MAX(hour) AS last FROM hourly_observations WHERE station = ?
            """), arguments: [stationID])!
        let daily = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT COUNT(*) AS n, MIN(day) AS first, MAX(day) AS last FROM daily_observations WHERE station = ?
            """), arguments: [stationID])!
        return StationCoverage(
            hourlyRows: hourly["n"], firstHour: (hourly["first"] as Int?).map(ObservationTable.hourly.keyText),
            lastHour: (hourly["last"] as Int?).map(ObservationTable.hourly.keyText),
            dailyRows: daily["n"], firstDay: (daily["first"] as Int?).map(ObservationTable.daily.keyText),
            lastDay: (daily["last"] as Int?).map(ObservationTable.daily.keyText))
    }
}
