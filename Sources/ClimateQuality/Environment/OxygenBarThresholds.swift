/// The basic conditions of the 中国天然氧吧 title the registry checks (standards.md §2.2, all [C]).
public struct OxygenBarThresholds: Hashable, Sendable, Codable {
    /// Annual mean NAI, ions per cm³ (1000).
    public let minimumAnnualNAI: Double
    /// Months a year graded 舒适 (3).
    public let minimumComfortableMonths: Int
    /// Share of days with AQI ≤ 100 (0.70).
    public let minimumGoodAirShare: Double
    public let source: String

    public init(minimumAnnualNAI: Double, minimumComfortableMonths: Int, minimumGoodAirShare: Double, source: String) {
        self.minimumAnnualNAI = minimumAnnualNAI
        self.minimumComfortableMonths = minimumComfortableMonths
        self.minimumGoodAirShare = minimumGoodAirShare
        self.source = source
    }

    public static let current = OxygenBarThresholds(
        minimumAnnualNAI: 1000, minimumComfortableMonths: 3, minimumGoodAirShare: 0.7,
        source: "standards.md §2.2 [C]: 中国天然氧吧 basic conditions (2016–2023 versions)")
}
