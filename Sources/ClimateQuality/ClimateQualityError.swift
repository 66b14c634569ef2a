import RegistryCore

/// Errors of the climate-quality module, each readable by a person (`description`, Chinese and English).
public enum ClimateQualityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A crop-model file is unreadable or breaks a rule; `path` is the JSON path (`stages[1].weight`).
    case cropModelInvalid(file: String, path: String, reason: String)
    /// No station inside the area or near enough; `nearest` is the closest candidate, if any.
    case noRepresentativeStation(area: String, kind: Station.Kind, nearest: NearestStation?, rule: RepresentativenessRule)
    /// An override was asked for a season that was rejected or could not be graded.
    case overrideOfUngradedSeason
    case overrideNeedsExpertAndReason
    case overrideScoreOutOfRange(Double)
    case overrideGradeDisagreesWithScore(score: Double, expected: ClimateGrade)

    /// The closest station that did not qualify.
    public struct NearestStation: Sendable, Equatable {
        public let stationName: String
        public let stationID: String
        public let distance: Double
        public let heightDifference: Double
    }

    public var description: String {
        switch self {
        case .cropModelInvalid(let file, let path, let reason):
            return "作物模型 \(file) 有误 / crop model \(file) is invalid" + (path.isEmpty ? "" : " at \(path)") + ": \(reason)"
        case .noRepresentativeStation(let area, let kind, let nearest, let rule):
            let limit = "\(Formatting.decimal(rule.maximumDistance / 1000, places: 1)) km / "
                + "\(Formatting.decimal(rule.maximumHeightDifference, places: 0)) m"
            let closest = nearest.map {
                "；最近的 \($0.stationName) (\($0.stationID)) 距 \(Formatting.decimal($0.distance / 1000, places: 1)) km，"
                    + "高差 \(Formatting.decimal($0.heightDifference, places: 0)) m"
            } ?? "；没有此类站点"
            return "\(area) 内及 \(limit) 范围内没有可代表的\(kind == .nai ? "负氧离子" : "气象")站\(closest)"
                + " / no representative \(kind.rawValue) station for \(area) within \(limit)"
        case .overrideOfUngradedSeason:
            return "该季未评定等级（被否决或数据不足），不能改判 / the season has no grade to override"
        case .overrideNeedsExpertAndReason:
            return "改判须写明专家姓名和理由 / an override needs the expert's name and a reason"
        case .overrideScoreOutOfRange(let score):
            return "改判分值 \(score) 不在 1–4 之间 / override score \(score) is outside 1–4"
        case .overrideGradeDisagreesWithScore(let score, let expected):
            return "分值 \(score) 对应等级为 \(expected.chinese) / score \(score) means grade \(expected.english)"
        }
    }
}
