import ClimateQuality
import GRDB
import GRDBSQLite

/// Writes observation rows batch by batch with one cached prepared INSERT stepped through SQLite's C
/// interface: the station is bound only when it changes, values are bound straight from the readings,
/// and a row that meets a stored one is compared with it (equal: unchanged; different: a conflict,
/// replaced on request). It remembers which keys of each station it inserted or replaced, so that the
/// quality control of a station whose rows came out of order can be finished on those rows.
struct ObservationWriter {
    let table: ObservationTable
    let db: Database
    let replacing: Bool
    private(set) var outcome = Outcome()
    /// Keys inserted or replaced, per station.
    private var changed: [String: KeySet] = [:]
    private var boundStation: String?

    /// What the rows did.
    struct Outcome {
        var inserted = 0
        var unchanged = 0
        var replaced = 0
        /// The first `ObservationImporter.listedRejections` differing rows.
        var conflicts: [ObservationConflict] = []
        var conflictCount = 0
    }

    /// Rows read back at a time by `finishQualityControl`.
    static let readBackRows = 4_096

    init(table: ObservationTable, db: Database, replacing: Bool) {
        self.table = table
        self.db = db
        self.replacing = replacing
    }

    mutating func write<Row: StorableObservation>(_ rows: [Row]) throws {
        let insert = try db.cachedStatement(sql: table.insertSQL).sqliteStatement
        let select = try db.cachedStatement(sql: table.selectOneSQL).sqliteStatement
        let replace = replacing ? try db.cachedStatement(sql: table.replaceSQL).sqliteStatement : nil
        defer {
            sqlite3_reset(insert)
            sqlite3_reset(select)
            if let replace { sqlite3_reset(replace) }
        }
        var station = boundStation ?? ""
        var keys = changed.removeValue(forKey: station) ?? KeySet()
        defer { changed[station] = keys }
        for row in rows {
            sqlite3_reset(insert)
            if row.stationID != boundStation {
                changed[station] = keys
                station = row.stationID
                keys = changed.removeValue(forKey: station) ?? KeySet()
                ObservationTable.bindStation(row.stationID, to: insert)
                boundStation = row.stationID
            }
            table.bind(key: row.storageKey, validCount: row.storageValidCount, readings: row.readings, to: insert)
            try step(insert)
            if sqlite3_changes(db.sqliteConnection) > 0 {
                outcome.inserted += 1
                keys.insert(row.storageKey)
            } else if let conflict = try difference(of: row, using: select) {
                outcome.conflictCount += 1
                if outcome.conflicts.count < ObservationImporter.listedRejections { outcome.conflicts.append(conflict) }
                if let replace {
                    sqlite3_reset(replace)
                    ObservationTable.bindStation(row.stationID, to: replace)
                    table.bind(key: row.storageKey, validCount: row.storageValidCount, readings: row.readings, to: replace)
                    try step(replace)
                    outcome.replaced += 1
                    keys.insert(row.storageKey)
                }
            } else {
                outcome.unchanged += 1
            }
        }
    }

    /// Finishes the quality control of a station whose rows came out of order: reads its rows of this
    /// import back in time order, a batch at a time, flags them as `rules` do rows in order (the
    /// readings' own flags as before quality control), and stores the flags of the rows this import
    /// inserted or replaced. Returns the readings flagged among all the station's rows of the file.
    func finishQualityControl(of station: ObservationImportSummary.UnorderedStation, rules: QualityControl) throws -> Int {
        let written = changed[station.stationID] ?? KeySet()
        let update = try db.cachedStatement(sql: table.updateFlagsSQL).sqliteStatement
        defer { sqlite3_reset(update) }
        var control = StationQualityControl(rules)
        var flagged = 0
        func store(_ row: HourlyObservation) throws {
            flagged += table.elements.reduce(0) { $0 + (row.readings[$1]?.flag.countsAsValid == false ? 1 : 0) }
            guard written.contains(row.time.hourNumber) else { return }
            sqlite3_reset(update)
            ObservationTable.bindStation(row.stationID, to: update)
            table.bindFlags(key: row.time.hourNumber, readings: row.readings, to: update)
            try step(update)
        }
        var after = Int.min
        while true {
            let rows = try StoredObservations.hourlyRows(of: station.stationID, after: after, limit: Self.readBackRows, in: db)
            guard let last = rows.last else { break }
            after = last.time.hourNumber
            for row in rows where station.keys.contains(row.time.hourNumber) {
                var row = row
                row.readings = QualityControl.unflagged(row.readings)
                try control.add(row, emit: store)
            }
        }
        try control.finish(emit: store)
        return flagged
    }

    /// The first column in which the stored row differs from `row` (quality flags are derived by quality
    /// control, so only values and the valid count are compared).
    private func difference<Row: StorableObservation>(of row: Row, using select: OpaquePointer) throws -> ObservationConflict? {
        sqlite3_reset(select)
        ObservationTable.bindStation(row.stationID, to: select)
        sqlite3_bind_int64(select, 2, Int64(row.storageKey))
        guard sqlite3_step(select) == SQLITE_ROW else { throw failure() }
        let stored = table.read(from: select, first: 0)
        func conflict(_ column: String, _ old: String, _ new: String) -> ObservationConflict {
            ObservationConflict(stationID: row.stationID, time: table.keyText(row.storageKey), column: column, stored: old, incoming: new)
        }
        if table.hasValidCount, stored.validCount != row.storageValidCount {
            return conflict("valid_minutes", stored.validCount.map(String.init) ?? "—", row.storageValidCount.map(String.init) ?? "—")
        }
        for element in table.elements where stored.readings[element]?.value != row.readings[element]?.value {
            return conflict(element.column, Self.text(stored.readings[element]), Self.text(row.readings[element]))
        }
        return nil
    }

    private static func text(_ reading: Reading?) -> String { reading.map { "\($0.value)" } ?? "—" }

    private func step(_ statement: OpaquePointer) throws {
        guard sqlite3_step(statement) == SQLITE_DONE else { throw failure() }
    }

    private func failure() -> StoreError {
        StoreError.database(detail: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
}
