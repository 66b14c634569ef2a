import RegistryCore

/// How an assessment ended: a grade, a rejection for a disaster, or a refusal for lack of data.
public enum AssessmentOutcome: Hashable, Sendable, Codable {
    /// `score` is IQ rounded to 2 decimals; `grade` is after veto caps, `computedGrade` before.
    case graded(score: Double, computedGrade: ClimateGrade, grade: ClimateGrade, vetoes: [VetoFinding])
    /// A major disaster in a key stage: the season is excluded (standards.md §1.1 (c) [Q]).
    case rejectedForDisaster([DisasterFinding])
    /// Some indicator lacks valid data: no grade can be given.
    case ungradable([DataShortfall])
}

/// A veto rule that capped the grade.
public struct VetoFinding: Hashable, Sendable, Codable {
    public let stageName: String
    /// Indicators that scored 1.
    public let indicatorNames: [String]
    public let cap: ClimateGrade
    public let source: String

    /// `转色-成熟期 雨日 得 1 分，等级最高为 优`.
    public var summary: String {
        "\(StagePeriod.name(of: stageName)) \(indicatorNames.joined(separator: "、")) 得 1 分，等级最高为 \(cap.chinese)"
    }
}

/// A recorded disaster that falls in a key stage.
public struct DisasterFinding: Hashable, Sendable, Codable {
    public let disaster: RecordedDisaster
    public let stageName: String

    /// `转色-成熟期（2025-08-01…2025-09-20）发生冰雹：…`.
    public var summary: String {
        "\(StagePeriod.name(of: stageName)) \(disaster.period) 发生\(disaster.kind.chinese)：\(disaster.description)（\(disaster.source)）"
    }
}

/// An indicator whose data do not meet the stage-completeness rule.
public struct DataShortfall: Hashable, Sendable, Codable {
    public let stageName: String
    public let indicatorName: String
    public let coverage: DataCoverage
    public let rules: ValidityRules

    /// `膨大期 降水：有效 30/36 天（83%），缺测 …；要求 ≥ 90% 且连续缺测 ≤ 3 天`.
    public var summary: String {
        "\(StagePeriod.name(of: stageName)) \(indicatorName)：\(coverage.summary)；要求有效 ≥ "
            + "\(Formatting.decimal(rules.minimumStageCompleteness * 100, places: 0))% 且连续缺测 ≤ \(rules.maximumStageGapDays) 天"
    }
}
