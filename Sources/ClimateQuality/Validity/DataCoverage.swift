/// How many days of a period have valid data, and where the gaps are.
public struct DataCoverage: Hashable, Sendable, Codable {
    public let period: DateRange
    public let validDays: Int
    /// Maximal runs of days without valid data, in order.
    public let gaps: [DateRange]

    public init(period: DateRange, validDays: Int, gaps: [DateRange]) {
        self.period = period
        self.validDays = validDays
        self.gaps = gaps
    }

    /// Valid days ÷ days, 0…1.
    public var completeness: Double { Double(validDays) / Double(period.dayCount) }

    /// Length of the longest gap in days (0 without gaps).
    public var longestGap: Int { gaps.map(\.dayCount).max() ?? 0 }

    /// `有效 49/51 天（96%），缺测 2025-08-03…2025-08-04`.
    public var summary: String {
        let share = Formatting.decimal(completeness * 100, places: 0)
        let missing = gaps.isEmpty ? "" : "，缺测 " + gaps.map(\.description).joined(separator: "、")
        return "有效 \(validDays)/\(period.dayCount) 天（\(share)%）\(missing)"
    }
}
