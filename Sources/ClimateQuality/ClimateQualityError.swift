import RegistryCore

/// Errors of the climate-quality module, each readable by a person in Chinese and English.
public enum ClimateQualityError: Refusal, Equatable {
    /// A crop-model file is unreadable or breaks a rule; `path` is the JSON path (`stages[1].weight`).
    case cropModelInvalid(file: String, path: String, reason: String)
    /// No station inside the area or near enough; `nearest` is the closest candidate, if any.
    case noRepresentativeStation(area: String, kind: Station.Kind, nearest: NearestStation?, rule: RepresentativenessRule)
    /// A station of another kind than the crop model requires, e.g. an open-air station for a greenhouse crop.
    case wrongStationKind(crop: String, modelID: String, stationName: String, stationID: String, kind: Station.Kind,
                          required: Station.Kind)
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

    public var kind: RefusalKind {
        switch self {
        case .noRepresentativeStation, .wrongStationKind: .conflict
        default: .invalid
        }
    }

    public var chinese: String {
        switch self {
        case .cropModelInvalid(let file, let path, _):
            "作物模型 \(file) 有误" + (path.isEmpty ? "" : "（\(path)）")
        case .noRepresentativeStation(let area, let kind, let nearest, let rule):
            "\(area) 内及 \(Self.limit(rule)) 范围内没有可代表的\(kind.chinese)" + (nearest.map {
                "；最近的 \($0.stationName) (\($0.stationID)) 距 \(Formatting.decimal($0.distance / 1000, places: 1)) km，"
                    + "高差 \(Formatting.decimal($0.heightDifference, places: 0)) m"
            } ?? "；没有此类站点") + (kind == .greenhouse ? "。\(Self.greenhouseAdvice)" : "")
        case .wrongStationKind(let crop, let modelID, let stationName, let stationID, let kind, let required):
            "\(crop) 须用\(required.chinese)的观测资料评估（作物模型 \(modelID)），\(stationName) (\(stationID)) 是\(kind.chinese)，不能代表"
                + (required == .greenhouse ? "设施内的生长条件。\(Self.greenhouseAdvice)" : "露天的生长条件，请选用产地的气象站")
        case .overrideOfUngradedSeason:
            "该季未评定等级（被否决或数据不足），不能改判"
        case .overrideNeedsExpertAndReason:
            "改判须写明专家姓名和理由"
        case .overrideScoreOutOfRange(let score):
            "改判分值 \(score) 不在 1–4 之间"
        case .overrideGradeDisagreesWithScore(let score, let expected):
            "分值 \(score) 对应等级为 \(expected.chinese)"
        }
    }

    public var english: String {
        switch self {
        case .cropModelInvalid(let file, let path, let reason):
            "crop model \(file) is invalid" + (path.isEmpty ? "" : " at \(path)") + ": \(reason)"
        case .noRepresentativeStation(let area, let kind, _, let rule):
            "no representative \(kind.english) for \(area) within \(Self.limit(rule))"
                + (kind == .greenhouse ? "; register the sensor in the greenhouse (--kind greenhouse) and import its hourly observations" : "")
        case .wrongStationKind(let crop, let modelID, let stationName, let stationID, let kind, let required):
            "\(crop) must be assessed on a \(required.english) (crop model \(modelID)); \(stationID) \(stationName) is a \(kind.english)"
                + (required == .greenhouse ? "; register the sensor in the greenhouse (--kind greenhouse) and import its hourly observations"
                    : "; choose a weather station of the production area")
        case .overrideOfUngradedSeason:
            "the season has no grade to override"
        case .overrideNeedsExpertAndReason:
            "an override needs the expert's name and a reason"
        case .overrideScoreOutOfRange(let score):
            "override score \(score) is outside 1–4"
        case .overrideGradeDisagreesWithScore(let score, let expected):
            "score \(score) means grade \(expected.english)"
        }
    }

    /// `中文 / English`.
    public var description: String { "\(chinese) / \(english)" }

    /// What a reviewer does when a greenhouse crop has no sensor to be assessed on.
    private static let greenhouseAdvice = "请在温室内安装并登记设施内传感器（类别 greenhouse），导入其逐时观测后再评估"

    private static func limit(_ rule: RepresentativenessRule) -> String {
        "\(Formatting.decimal(rule.maximumDistance / 1000, places: 1)) km / \(Formatting.decimal(rule.maximumHeightDifference, places: 0)) m"
    }
}
