/// The district's 天然氧吧 indicators for a year against the title's thresholds, each naming the stations
/// it comes from, ready to print.
public struct OxygenBarSummary: Hashable, Sendable, Codable {
    public let year: Int
    public let criteria: [OxygenBarCriterion]
    public let thresholds: OxygenBarThresholds

    /// The stations each indicator comes from, as printed (`代表站 延庆国家气象观测站 (54406)`).
    public struct Sources: Hashable, Sendable, Codable {
        public let nai: String
        public let comfort: String
        public let airQuality: String

        public init(nai: String, comfort: String, airQuality: String) {
            self.nai = nai
            self.comfort = comfort
            self.airQuality = airQuality
        }
    }

    /// - Parameters:
    ///   - naiMeans: annual means of the representative NAI stations; the district value is the mean of
    ///     the valid ones. Each figure is compared with its threshold as printed (`PrintedFigure`).
    ///   - comfort: the year's months at the representative weather station; empty when it has no data.
    ///   - airQuality: the good-air share at the representative station, nil when it has no AQI data.
    ///   - sources: the stations named on each criterion.
    public init(year: Int, naiMeans: [StationNAIAnnualMean], comfort: [MonthlyComfort], airQuality: AirQualityShare?,
                sources: Sources, thresholds: OxygenBarThresholds = .current) {
        self.year = year
        self.thresholds = thresholds
        let validMeans = naiMeans.compactMap(\.validMean)
        let districtNAI = validMeans.isEmpty ? nil
            : PrintedFigure.rounded(validMeans.reduce(0, +) / Double(validMeans.count), places: NAIGradeTable.places)
        let nai = OxygenBarCriterion(
            id: "nai", title: "负氧离子年平均浓度", requirement: "≥ \(Formatting.decimal(thresholds.minimumAnnualNAI, places: 0)) 个/cm³",
            observed: districtNAI.map {
                "\(NAIGradeTable.text($0)) 个/cm³（\(validMeans.count)/\(naiMeans.count) 站有效）"
            } ?? "代表站无 \(year) 年有效年均值（\(naiMeans.count) 站）",
            status: districtNAI.map { $0 >= thresholds.minimumAnnualNAI ? .pass : .fail } ?? .noData,
            basis: sources.nai)

        let comfortable = comfort.filter(\.isComfortable).map(\.climate.month)
        let invalidMonths = 12 - comfort.filter(\.isDataValid).count
        let comfortStatus: OxygenBarCriterion.Status = comfortable.count >= thresholds.minimumComfortableMonths ? .pass
            : invalidMonths > 0 ? .noData : .fail
        let comfortMonths = OxygenBarCriterion(
            id: "comfort", title: "气候舒适月数", requirement: "≥ \(thresholds.minimumComfortableMonths) 个月",
            observed: comfort.isEmpty ? "代表站无 \(year) 年观测资料"
                : "\(comfortable.count) 个月" + (comfortable.isEmpty ? "" : "（\(comfortable.map { "\($0)月" }.joined(separator: "、"))）")
                    + (invalidMonths > 0 ? "，\(invalidMonths) 个月数据无效" : ""),
            status: comfortStatus, basis: sources.comfort)

        let air = OxygenBarCriterion(
            id: "air", title: "空气优良天数比例",
            requirement: "≥ \(Formatting.decimal(thresholds.minimumGoodAirShare * 100, places: 0))%",
            observed: airQuality.map {
                "\(PrintedFigure.text($0.share * 100, places: 1))%（\($0.goodDays)/\($0.validDays) 天）"
            } ?? "代表站无 \(year) 年 AQI 资料",
            status: airQuality.map {
                PrintedFigure.rounded($0.share * 100, places: 1) >= PrintedFigure.rounded(thresholds.minimumGoodAirShare * 100, places: 1)
                    ? .pass : .fail
            } ?? .noData,
            basis: sources.airQuality)
        criteria = [nai, comfortMonths, air]
    }

    /// Whether every criterion passes.
    public var passes: Bool { criteria.allSatisfy { $0.status == .pass } }

    /// Printable lines: a title, one line per criterion, the source.
    public var lines: [String] {
        ["延庆区 \(year) 年 中国天然氧吧 指标"] + criteria.map(\.line) + ["依据：\(thresholds.source)；代表站见 Schemas/rules/environment.json"]
    }
}
