/// Why a line of an import file, or a value in it, was refused. Each reason reads in Chinese and English.
public enum RejectionReason: Hashable, Sendable, Codable {
    case emptyFile
    case notUTF8
    /// The file ends inside a quoted field: it was cut off.
    case unterminatedQuote
    case malformedQuoting
    /// A record longer than `limit` bytes (a stray quote that opens a field for the rest of the file).
    case lineTooLong(limit: Int)
    case fieldCount(expected: Int, found: Int)
    case unknownColumn(known: [String])
    case duplicateColumn
    case missingColumn
    case qualityColumnWithoutValue
    case noValueColumns
    case emptyRequiredField
    case notANumber
    case badTime(expected: String)
    case notOnTheHour
    /// A time before the earliest accepted day or after the latest (tomorrow).
    case outsideDates(earliest: String, latest: String)
    case outOfRange(lower: Double, upper: Double, unit: String)
    case negative
    case inconsistentTemperatures
    case unknownQualityCode
    case unknownStation
    case duplicateTimestamp(firstLine: Int)

    public var chinese: String {
        switch self {
        case .emptyFile: "文件为空，缺少表头行"
        case .notUTF8: "不是有效的 UTF-8 文本"
        case .unterminatedQuote: "文件在引号字段中途结束（文件可能被截断）"
        case .malformedQuoting: "引号用法不符合 CSV 规范（RFC 4180）"
        case .lineTooLong(let limit): "该行超过 \(limit) 字节（可能有未闭合的引号），已跳过"
        case .fieldCount(let expected, let found): "字段数为 \(found)，表头为 \(expected) 列（该行可能不完整）"
        case .unknownColumn(let known): "未知列名；可用列：\(known.joined(separator: ", "))"
        case .duplicateColumn: "列名重复"
        case .missingColumn: "缺少必需的列"
        case .qualityColumnWithoutValue: "质控码列没有对应的数值列"
        case .noValueColumns: "没有任何观测要素列"
        case .emptyRequiredField: "必填字段为空"
        case .notANumber: "不是数字"
        case .badTime(let expected): "时间格式错误，应为 \(expected)"
        case .notOnTheHour: "小时数据的时间须为整点"
        case .outsideDates(let earliest, let latest): "时间应在 \(earliest) 至 \(latest) 之间"
        case .outOfRange(let lower, let upper, let unit): "超出合理范围 \(Self.range(lower, upper, unit))"
        case .negative: "不能为负值"
        case .inconsistentTemperatures: "气温不一致：应满足 最低 ≤ 平均 ≤ 最高"
        case .unknownQualityCode: "未知质控码（应为 0、1、2、3、4、8 或 9）"
        case .unknownStation: "未登记的站号"
        case .duplicateTimestamp(let firstLine): "同一站点同一时间重复（首次出现在第 \(firstLine) 行）"
        }
    }

    public var english: String {
        switch self {
        case .emptyFile: "the file is empty: a header row is required"
        case .notUTF8: "not valid UTF-8 text"
        case .unterminatedQuote: "the file ends inside a quoted field (it was probably cut off)"
        case .malformedQuoting: "quotes are not used as CSV (RFC 4180) requires"
        case .lineTooLong(let limit): "the line is longer than \(limit) bytes (an unclosed quote?) and was skipped"
        case .fieldCount(let expected, let found): "\(found) fields where the header has \(expected) (incomplete line?)"
        case .unknownColumn(let known): "unknown column; known columns: \(known.joined(separator: ", "))"
        case .duplicateColumn: "the column appears twice"
        case .missingColumn: "a required column is missing"
        case .qualityColumnWithoutValue: "a QC column without its value column"
        case .noValueColumns: "no observation column"
        case .emptyRequiredField: "a required field is empty"
        case .notANumber: "not a number"
        case .badTime(let expected): "bad time, expected \(expected)"
        case .notOnTheHour: "hourly rows must be on the hour"
        case .outsideDates(let earliest, let latest): "the time must lie between \(earliest) and \(latest)"
        case .outOfRange(let lower, let upper, let unit): "outside the plausible range \(Self.range(lower, upper, unit))"
        case .negative: "must not be negative"
        case .inconsistentTemperatures: "temperatures disagree: minimum ≤ mean ≤ maximum is required"
        case .unknownQualityCode: "unknown QC code (0, 1, 2, 3, 4, 8 or 9 expected)"
        case .unknownStation: "station not registered"
        case .duplicateTimestamp(let firstLine): "same station and time as line \(firstLine)"
        }
    }

    private static func range(_ lower: Double, _ upper: Double, _ unit: String) -> String {
        "\(Formatting.decimal(lower, places: lower.rounded() == lower ? 0 : 1))…"
            + "\(Formatting.decimal(upper, places: upper.rounded() == upper ? 0 : 1))" + (unit.isEmpty ? "" : " \(unit)")
    }
}
