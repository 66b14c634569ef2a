import Foundation

/// Writes hourly rows in the import format (`Schemas/import/hourly.schema.json`), for exports, the
/// demo and benchmarks. Only element columns that some row fills are written; QC flags are not
/// (the importer recomputes them).
public enum ObservationCSVWriter {
    /// The CSV bytes (UTF-8) with a header row and LF line ends, written straight into one buffer.
    public static func hourlyCSV(_ rows: some Collection<HourlyObservation>) -> Data {
        let elements = ObservationElement.hourlyElements.filter { element in rows.contains { $0.readings[element] != nil } }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 + rows.count * (26 + 7 * elements.count))
        let header = [ObservationFileFormat.stationColumn, ObservationFileFormat.hourly.timeColumn,
                      ObservationFileFormat.hourly.validCountColumn] + elements.map(\.column)
        bytes.append(contentsOf: header.joined(separator: ",").utf8)
        bytes.append(lineFeed)
        for row in rows {
            bytes.append(contentsOf: row.stationID.utf8)
            bytes.append(comma)
            appendTime(row.time, to: &bytes)
            bytes.append(comma)
            if let minutes = row.validMinutes { appendInteger(minutes, to: &bytes) }
            for element in elements {
                bytes.append(comma)
                if let value = row.readings[element]?.value { appendOneDecimal(value, to: &bytes) }
            }
            bytes.append(lineFeed)
        }
        return Data(bytes)
    }

    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")

    /// `2025-06-01T13:00`.
    private static func appendTime(_ time: ObservationHour, to bytes: inout [UInt8]) {
        appendDigits(time.date.year, count: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(time.date.month, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(time.date.day, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendDigits(time.hour, count: 2, to: &bytes)
        bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: "0"), UInt8(ascii: "0")])
    }

    /// `value` with one decimal (`-0.5`, `18.0`), without the cost of `String(format:)`.
    private static func appendOneDecimal(_ value: Double, to bytes: inout [UInt8]) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
        appendInteger(abs(tenths) / 10, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(abs(tenths) % 10))
    }

    private static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        var digits = 1, scale = 10
        while value >= scale { digits += 1; scale *= 10 }
        appendDigits(value, count: digits, to: &bytes)
    }

    /// The last `count` decimal digits of a non-negative `value`, zero-padded.
    private static func appendDigits(_ value: Int, count: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<max(count, 1) { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
