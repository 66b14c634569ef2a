import RegistryStore

/// The directory as CSV for Excel and WPS: UTF-8 with a byte-order mark (without it both read the
/// file as GBK and garble the Chinese), CRLF line ends, RFC 4180 quoting, and cells that a
/// spreadsheet would run as a formula prefixed with an apostrophe.
enum DirectoryCSV {
    static let byteOrderMark = "\u{FEFF}"

    static let header = ["许可编号", "类别", "认证对象", "产品", "经营主体", "统一社会信用代码", "乡镇", "标签状态", "状态日期", "原因", "有效期至"]

    static func render(_ entries: [DirectoryEntry]) -> String {
        var text = byteOrderMark + line(header)
        for entry in entries {
            let licence = entry.licence
            text += line([licence.number, licence.kind.chinese, entry.subjectName, entry.crop ?? "", entry.operatorName,
                          licence.operatorID.value, entry.town?.name ?? "", entry.status.state.chinese,
                          entry.status.since?.description ?? "", entry.status.reason ?? "", licence.validUntil.description])
        }
        return text
    }

    private static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
