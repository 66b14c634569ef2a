import ClimateQuality
import RegistryCore

/// Why the registry refused a climate-quality action, in both languages.
public enum ClimateStoreError: Refusal, Equatable {
    /// The file has bad lines or rows that differ from stored ones; nothing was stored.
    case importRefused(ObservationImportReport)
    case noCropModel(crop: String)
    case noPlotElevation(subjectID: Int64)
    /// The season was rejected or could not be graded; each line says why.
    case seasonNotGraded(subjectID: Int64, reasons: [String])
    /// A rule of the climate-quality domain (station choice, override) refused it.
    case climateQuality(ClimateQualityError)
    /// Comfort months were asked of a station that does not observe the open-air weather.
    case notAWeatherStation(stationID: String, kind: Station.Kind)

    public var kind: RefusalKind {
        switch self {
        case .importRefused, .notAWeatherStation: .invalid
        case .climateQuality(let error): error.kind
        default: .conflict
        }
    }

    public var chinese: String {
        switch self {
        case .importRefused(let report):
            "\(report.file) 未导入：\(Self.problemCount(report))，登记库未作任何改动"
        case .noCropModel(let crop):
            "没有适用于「\(crop)」的作物模型（Schemas/crops）"
        case .noPlotElevation(let id):
            "认证对象 \(id) 的地块没有登记海拔，无法核对监测站高差"
        case .seasonNotGraded(let id, let reasons):
            "认证对象 \(id) 本季未能评定等级：\(reasons.joined(separator: "；"))"
        case .climateQuality(let error):
            error.chinese
        case .notAWeatherStation(let id, let kind):
            "监测站 \(id) 是\(kind.chinese)，不是气象站，不能用于气候舒适度"
        }
    }

    public var english: String {
        switch self {
        case .importRefused(let report):
            "\(report.file) was not imported: \(report.rejectedLines) line(s) refused, \(report.conflictCount) row(s) differing from stored ones; nothing was stored"
        case .noCropModel(let crop):
            "no crop model grades '\(crop)' (Schemas/crops)"
        case .noPlotElevation(let id):
            "subject \(id) has no plot elevation, so the station's height difference cannot be checked"
        case .seasonNotGraded(let id, let reasons):
            "subject \(id)'s season could not be graded (\(reasons.count) reason(s))"
        case .climateQuality(let error):
            error.english
        case .notAWeatherStation(let id, let kind):
            "station \(id) is a \(kind.english), not a weather station; comfort needs a weather station"
        }
    }

    private static func problemCount(_ report: ObservationImportReport) -> String {
        [report.rejectedLines == 0 ? nil : "\(report.rejectedLines) 行有误",
         report.conflictCount == 0 ? nil : "\(report.conflictCount) 行与已存数据不同（可用 --replace 覆盖）"]
            .compactMap { $0 }.joined(separator: "，")
    }
}
