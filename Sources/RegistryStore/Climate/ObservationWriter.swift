import ClimateQuality
import GRDB
import GRDBSQLite

/// Writes observation rows with one cached prepared INSERT stepped through SQLite's C interface: the
/// station is bound only when it changes, values are bound straight from the readings, and a row that
/// meets a stored one is compared with it (equal: unchanged; different: a conflict, replaced on request).
struct ObservationWriter {
    let table: ObservationTable
    let db: Database

    /// What the rows did.
    struct Outcome {
        var inserted = 0
        var unchanged = 0
        var replaced = 0
        var conflicts: [ObservationConflict] = []
    }

    /// How often `progress` hears of the rows written.
    static let progressInterval = 50_000

    func write<Row: StorableObservation>(_ rows: [Row], replacing: Bool, progress: ((Int) -> Void)?) throws -> Outcome {
        let insert = try db.cachedStatement(sql: table.insertSQL).sqliteStatement
        let select = try db.cachedStatement(sql: table.selectOneSQL).sqliteStatement
        let replace = replacing ? try db.cachedStatement(sql: table.replaceSQL).sqliteStatement : nil
        defer {
            sqlite3_reset(insert)
            sqlite3_reset(select)
            if let replace { sqlite3_reset(replace) }
        }
        var outcome = Outcome()
        var boundStation: String?
        for (index, row) in rows.enumerated() {
            sqlite3_reset(insert)
            if row.stationID != boundStation {
                ObservationTable.bindStation(row.stationID, to: insert)
                boundStation = row.stationID
            }
            table.bind(key: row.storageKey, validCount: row.storageValidCount, readings: row.readings, to: insert)
            try step(insert)
            if sqlite3_changes(db.sqliteConnection) > 0 {
                outcome.inserted += 1
            } else if let conflict = try difference(of: row, using: select) {
                outcome.conflicts.append(conflict)
                if let replace {
                    sqlite3_reset(replace)
                    ObservationTable.bindStation(row.stationID, to: replace)
                    table.bind(key: row.storageKey, validCount: row.storageValidCount, readings: row.readings, to: replace)
                    try step(replace)
                    outcome.replaced += 1
                }
            } else {
                outcome.unchanged += 1
            }
            if let progress, (index + 1) % Self.progressInterval == 0 { progress(index + 1) }
        }
        return outcome
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
