/// The columns of an observation import file (`Schemas/import/hourly.schema.json`, `daily.schema.json`).
///
/// Required: `station_id` and `time` (hourly, `YYYY-MM-DDTHH:MM` local time, the hour's start) or
/// `date` (daily, `YYYY-MM-DD`). Optional: `valid_minutes` (hourly) or `valid_hours` (daily), and any
/// element column of `ObservationElement.column` with its `<column>_qc` CMA quality code.
public enum ObservationFileFormat: Sendable {
    case hourly
    case daily

    static let stationColumn = "station_id"

    var timeColumn: String { self == .hourly ? "time" : "date" }

    var timePattern: String { self == .hourly ? "YYYY-MM-DDTHH:MM" : "YYYY-MM-DD" }

    var validCountColumn: String { self == .hourly ? "valid_minutes" : "valid_hours" }

    /// The largest possible valid count: 60 minutes or 24 hours.
    var validCountLimit: Int { self == .hourly ? 60 : 24 }

    var elements: [ObservationElement] { self == .hourly ? ObservationElement.hourlyElements : ObservationElement.allCases }

    /// Every column name this format accepts.
    var knownColumns: [String] {
        [Self.stationColumn, timeColumn, validCountColumn] + elements.flatMap { [$0.column, $0.qualityColumn] }
    }
}
