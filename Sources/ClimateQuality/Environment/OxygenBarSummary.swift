/// The district's 天然氧吧 indicators for a year against the title's thresholds, ready to print.
public struct OxygenBarSummary: Hashable, Sendable, Codable {
    public let year: Int
    public let criteria: [OxygenBarCriterion]
    public let thresholds: OxygenBarThresholds

    /// - Parameters:
    ///   - naiMeans: annual means of the NAI stations; the district value is the mean of the valid ones.
    ///   - comfort: the year's months at the reference weather station.
    ///   - airQuality: the good-air share, when AQI data were imported.
    public init(year: Int, naiMeans: [StationNAIAnnualMean], comfort: [MonthlyComfort], airQuality: AirQualityShare?,
                thresholds: OxygenBarThresholds = .current) {
        self.year = year
        self.thresholds = thresholds
        let validMeans = naiMeans.compactMap(\.validMean)
        let districtNAI = validMeans.isEmpty ? nil : validMeans.reduce(0, +) / Double(validMeans.count)
        let nai = OxygenBarCriterion(
            id: "nai", title: "负氧离子年平均浓度", requirement: "≥ \(Formatting.decimal(thresholds.minimumAnnualNAI, places: 0)) 个/cm³",
            observed: districtNAI.map {
                "\(Formatting.decimal($0, places: 0)) 个/cm³（\(validMeans.count)/\(naiMeans.count) 站有效）"
            } ?? "无有效站点（\(naiMeans.count) 站）",
            status: districtNAI.map { $0 >= thresholds.minimumAnnualNAI ? .pass : .fail } ?? .noData)

        let comfortable = comfort.filter(\.isComfortable).map(\.climate.month)
        let invalidMonths = 12 - comfort.filter(\.isDataValid).count
        let comfortStatus: OxygenBarCriterion.Status = comfortable.count >= thresholds.minimumComfortableMonths ? .pass
            : invalidMonths > 0 ? .noData : .fail
        let comfortMonths = OxygenBarCriterion(
            id: "comfort", title: "气候舒适月数", requirement: "≥ \(thresholds.minimumComfortableMonths) 个月",
            observed: "\(comfortable.count) 个月" + (comfortable.isEmpty ? "" : "（\(comfortable.map { "\($0)月" }.joined(separator: "、"))）")
                + (invalidMonths > 0 ? "，\(invalidMonths) 个月数据无效" : ""),
            status: comfortStatus)

        let air = OxygenBarCriterion(
            id: "air", title: "空气优良天数比例",
            requirement: "≥ \(Formatting.decimal(thresholds.minimumGoodAirShare * 100, places: 0))%",
            observed: airQuality.map {
                "\(Formatting.decimal($0.share * 100, places: 1))%（\($0.goodDays)/\($0.validDays) 天）"
            } ?? "无 AQI 数据",
            status: airQuality.map { $0.share >= thresholds.minimumGoodAirShare ? .pass : .fail } ?? .noData)
        criteria = [nai, comfortMonths, air]
    }

    /// Whether every criterion passes.
    public var passes: Bool { criteria.allSatisfy { $0.status == .pass } }

    /// Printable lines: a title, one line per criterion, the source.
    public var lines: [String] {
        ["延庆区 \(year) 年 中国天然氧吧 指标"] + criteria.map(\.line) + ["依据：\(thresholds.source)"]
    }
}
