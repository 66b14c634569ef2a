/// CSV for Excel and WPS: UTF-8 with a byte-order mark (without it both read the file as GBK and
/// garble the Chinese), CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would run as
/// a formula prefixed with an apostrophe. Every CSV export writes through it.
enum SpreadsheetCSV {
    static let byteOrderMark = "\u{FEFF}"

    /// The whole file: the mark, then one line per row.
    static func document(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map(line).joined()
    }

    /// One row, ending in CRLF.
    static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One cell, formula-safe and quoted when it must be.
    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
