import ClimateQuality
import GRDB
import GRDBSQLite

/// The two observation tables, one row per station and hour (or day), each element a REAL column beside
/// its quality flag, keyed `(station, hour | day)` WITHOUT ROWID so that a row costs little more than
/// its values. Rows are written and read through SQLite's C interface: no per-row allocation.
enum ObservationTable: CaseIterable {
    case hourly
    case daily

    var name: String { self == .hourly ? "hourly_observations" : "daily_observations" }

    /// The key column: hours or days since 1970-01-01 (Beijing local time).
    var keyColumn: String { self == .hourly ? "hour" : "day" }

    /// Whether the table keeps the minutes of valid samples (hourly rows only).
    var hasValidCount: Bool { self == .hourly }

    var elements: [ObservationElement] { self == .hourly ? Self.hourlyElements : Self.dailyElements }

    private static let hourlyElements = ObservationElement.hourlyElements
    private static let dailyElements = ObservationElement.allCases

    /// The value columns after station and key, in binding order.
    private var valueColumns: [String] {
        (hasValidCount ? ["valid_minutes"] : []) + elements.flatMap { [$0.column, $0.column + "_flag"] }
    }

    var createSQL: String {
        let columns = (hasValidCount ? ["valid_minutes INTEGER"] : [])
            + elements.flatMap { ["\($0.column) REAL", "\($0.column)_flag INTEGER"] }
        return """
            CREATE TABLE \(name) (station TEXT NOT NULL, \(keyColumn) INTEGER NOT NULL, \(columns.joined(separator: ", ")),
            PRIMARY KEY (station, \(keyColumn))) WITHOUT ROWID
            """
    }

    /// Inserts a row unless one with its key is stored.
    var insertSQL: String { insert(verb: "INSERT", conflict: " ON CONFLICT DO NOTHING") }

    /// Overwrites a stored row.
    var replaceSQL: String { insert(verb: "REPLACE", conflict: "") }

    private func insert(verb: String, conflict: String) -> String {
        let columns = ["station", keyColumn] + valueColumns
        return "\(verb) INTO \(name) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))\(conflict)"
    }

    /// The values of one stored row.
    var selectOneSQL: String {
        "SELECT \(valueColumns.joined(separator: ", ")) FROM \(name) WHERE station = ? AND \(keyColumn) = ?"
    }

    /// A station's rows in key order.
    var selectStationSQL: String {
        "SELECT \(([keyColumn] + valueColumns).joined(separator: ", ")) FROM \(name) WHERE station = ? ORDER BY \(keyColumn)"
    }

    /// A station's rows after a key, in key order, at most a number of them (parameters: station, key,
    /// limit).
    var selectStationAfterSQL: String {
        "SELECT \(([keyColumn] + valueColumns).joined(separator: ", ")) FROM \(name) WHERE station = ? AND \(keyColumn) > ? "
            + "ORDER BY \(keyColumn) LIMIT ?"
    }

    /// Sets the quality flags of a stored row (parameters: station, key, then each element's flag).
    var updateFlagsSQL: String {
        let flags = elements.enumerated().map { "\($1.column)_flag = ?\($0 + 3)" }
        return "UPDATE \(name) SET \(flags.joined(separator: ", ")) WHERE station = ?1 AND \(keyColumn) = ?2"
    }

    /// Binds a station id as parameter 1 (SQLite keeps a copy, so it stays bound across resets).
    static func bindStation(_ stationID: String, to statement: OpaquePointer) {
        stationID.withCString { _ = sqlite3_bind_text(statement, 1, $0, -1, transient) }
    }

    /// The destructor that tells SQLite to copy bound text.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }

    /// Binds the values of `key`, `validCount` and `readings` from parameter 2 on (1 is the station).
    func bind(key: Int, validCount: Int?, readings: ElementReadings, to statement: OpaquePointer) {
        sqlite3_bind_int64(statement, 2, Int64(key))
        var index: Int32 = 3
        if hasValidCount {
            if let validCount { sqlite3_bind_int64(statement, index, Int64(validCount)) } else { sqlite3_bind_null(statement, index) }
            index += 1
        }
        for element in elements {
            if let reading = readings[element] {
                sqlite3_bind_double(statement, index, reading.value)
                sqlite3_bind_int64(statement, index + 1, Int64(Self.flagCode(reading.flag)))
            } else {
                sqlite3_bind_null(statement, index)
                sqlite3_bind_null(statement, index + 1)
            }
            index += 2
        }
    }

    /// Binds `key` as parameter 2 and the flags of `readings` from parameter 3 on (1 is the station), for
    /// `updateFlagsSQL`.
    func bindFlags(key: Int, readings: ElementReadings, to statement: OpaquePointer) {
        sqlite3_bind_int64(statement, 2, Int64(key))
        for (offset, element) in elements.enumerated() {
            let index = Int32(offset + 3)
            if let reading = readings[element] {
                sqlite3_bind_int64(statement, index, Int64(Self.flagCode(reading.flag)))
            } else {
                sqlite3_bind_null(statement, index)
            }
        }
    }

    /// Reads the valid count and readings of a row whose value columns start at `first`.
    func read(from statement: OpaquePointer, first: Int32) -> (validCount: Int?, readings: ElementReadings) {
        var index = first
        var validCount: Int?
        if hasValidCount {
            if sqlite3_column_type(statement, index) != SQLITE_NULL { validCount = Int(sqlite3_column_int64(statement, index)) }
            index += 1
        }
        var readings = ElementReadings()
        for element in elements {
            if sqlite3_column_type(statement, index) != SQLITE_NULL {
                let code = Int(sqlite3_column_int64(statement, index + 1))
                readings[element] = Reading(sqlite3_column_double(statement, index),
                                            flag: Self.flags.indices.contains(code) ? Self.flags[code] : .sourceError)
            }
            index += 2
        }
        return (validCount, readings)
    }

    /// The flags in the order of their stored codes.
    private static let flags = QualityFlag.allCases

    /// The stored code of a flag: its position in `QualityFlag.allCases` (0 = valid).
    static func flagCode(_ flag: QualityFlag) -> Int { flags.firstIndex(of: flag)! }

    /// `2025-06-01T13:00` or `2025-06-01`.
    func keyText(_ key: Int) -> String {
        switch self {
        case .hourly: ObservationHour(hourNumber: key).description
        case .daily: CivilDate(dayNumber: key).description
        }
    }
}
