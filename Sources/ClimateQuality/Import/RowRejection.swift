/// One refused line of an import file: where, which column, what value, why.
/// Nothing of a line with a rejection is imported.
public struct RowRejection: Hashable, Sendable, Codable {
    /// 1-based physical line number (the header is line 1).
    public let line: Int
    /// The column concerned, when the problem is in one field.
    public let column: String?
    /// The offending text as read (lossily decoded, at most 40 characters).
    public let value: String?
    public let reason: RejectionReason

    public init(line: Int, column: String? = nil, value: String? = nil, reason: RejectionReason) {
        self.line = line
        self.column = column
        self.value = value.map { $0.count > 40 ? String($0.prefix(40)) + "…" : $0 }
        self.reason = reason
    }

    /// `第 12 行 temperature="250"：超出合理范围 -60…60 ℃`.
    public var chinese: String { "第 \(line) 行\(location)：\(reason.chinese)" }

    /// `line 12 temperature="250": outside the plausible range -60…60 ℃`.
    public var english: String { "line \(line)\(location): \(reason.english)" }

    private var location: String {
        switch (column, value) {
        case let (column?, value?): " \(column)=\"\(value)\""
        case let (column?, nil): " \(column)"
        case let (nil, value?): " \"\(value)\""
        case (nil, nil): ""
        }
    }
}
