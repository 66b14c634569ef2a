/// One 天然氧吧 condition checked against the year's data.
public struct OxygenBarCriterion: Hashable, Sendable, Codable {
    public let id: String
    /// `负氧离子年平均浓度`.
    public let title: String
    /// `≥ 1000 个/cm³`.
    public let requirement: String
    /// `1834 个/cm³（4 站有效）`, or why there is no value.
    public let observed: String
    public let status: Status
    /// The stations the figure comes from: `代表站 延庆国家气象观测站 (54406)`.
    public let basis: String

    /// Pass, fail, or not decidable from the data.
    public enum Status: String, Hashable, Sendable, Codable {
        case pass, fail, noData

        public var chinese: String {
            switch self {
            case .pass: "达标"
            case .fail: "未达标"
            case .noData: "数据不足"
            }
        }
    }

    /// `负氧离子年平均浓度  要求 ≥ 1000 个/cm³  实测 1834 个/cm³  达标  （代表站 全部负氧离子站（12 个））`.
    public var line: String { "\(title)  要求 \(requirement)  实测 \(observed)  \(status.chinese)  （\(basis)）" }
}
