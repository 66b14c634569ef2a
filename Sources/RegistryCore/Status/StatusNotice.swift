/// A line a valid label, plaque or licence page shows beside 有效, for a fact the public should know.
public enum StatusNotice: Codable, Sendable, Hashable {
    /// The region title is past its term and its recheck is pending: labels stay valid until the grace ends.
    case regionTitleUnderRecheck(graceEndsOn: Day)

    /// The line as the page shows it, plain enough for anyone.
    public var chinese: String {
        switch self {
        case .regionTitleUnderRecheck:
            "称号复查中：延庆区“中国天然氧吧”称号正在按期复查，复查期间本标识照常有效。"
        }
    }

    public var english: String {
        switch self {
        case .regionTitleUnderRecheck:
            "Title under recheck: Yanqing's China Natural Oxygen Bar title is going through its regular recheck; this label stays valid meanwhile."
        }
    }
}
