/// Writes hourly rows in the import format (`Schemas/import/hourly.schema.json`), for exports, the
/// demo and benchmarks. Only element columns that some row fills are written; QC flags are not
/// (the importer recomputes them).
public enum ObservationCSVWriter {
    /// The CSV text with a header row and LF line ends.
    public static func hourlyCSV(_ rows: [HourlyObservation]) -> String {
        let elements = ObservationElement.hourlyElements.filter { element in rows.contains { $0.readings[element] != nil } }
        var text = ([ObservationFileFormat.stationColumn, ObservationFileFormat.hourly.timeColumn,
                     ObservationFileFormat.hourly.validCountColumn] + elements.map(\.column)).joined(separator: ",") + "\n"
        text.reserveCapacity(rows.count * (24 + 7 * elements.count))
        for row in rows {
            text += row.stationID
            text += ","
            text += row.time.description
            text += ","
            if let minutes = row.validMinutes { text += String(minutes) }
            for element in elements {
                text += ","
                if let value = row.readings[element]?.value { text += oneDecimal(value) }
            }
            text += "\n"
        }
        return text
    }

    /// `value` with one decimal (`-0.5`, `18.0`), without the cost of `String(format:)`.
    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
