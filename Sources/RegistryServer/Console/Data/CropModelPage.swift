import ClimateQuality
import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// `GET /console/data/crop-models/{id}`: the version of a crop model that assessments grade with (its
/// stages, windows, weights, indicators and score bands, vetoes and disasters), every version with
/// where it comes from, and the upload form for a new version.
enum CropModelPage {
    static func path(_ id: String) -> String { "/console/data/crop-models/\(id)" }

    struct View: PageView {
        static let template = "console-crop-model"

        let frame: ConsoleFrame
        let model: ModelView
        let versions: [VersionRow]
        let json: String
        let canUpload: Bool
    }

    struct VersionRow: Encodable {
        let version: String
        let status: String
        let origin: String
        let isCurrent: Bool

        init(_ version: CropModelVersion) {
            self.version = version.model.version
            status = version.model.statusName
            origin = switch version.origin {
            case .schemas: "Schemas/crops 文件"
            case .registry(let at, let by, let sha256): "\(ConsoleTime.text(at)) 由 \(by) 上传（SHA-256 \(sha256.prefix(12))…）"
            }
            isCurrent = version.isCurrent
        }
    }

    static func page(_ call: ConsoleCall, id: String) throws -> Response {
        let versions = try call.read { try $0.cropModelVersions(id: id) }
        let current = versions.first(where: \.isCurrent) ?? versions[0]
        let view = View(
            frame: call.frame(title: "作物模型 \(current.model.crop)"), model: ModelView(current.model),
            versions: versions.map(VersionRow.init),
            json: current.json, canUpload: call.staff.permits(.uploadCropModel))
        return try call.page(view)
    }

    /// A crop model as the pages show it.
    struct ModelView: Encodable {
        let id: String
        let crop: String
        let code: String
        let version: String
        let status: String
        let source: String
        let productCrops: String
        let stages: [StageRow]
        let vetoes: [String]
        let disasters: [String]

        init(_ model: CropModel) {
            id = model.id
            crop = model.crop
            code = model.code
            version = model.version
            status = model.statusName
            source = model.source
            productCrops = ([model.crop] + (model.productCrops ?? [])).joined(separator: "、")
            stages = model.stages.map(StageRow.init)
            let stageName = { (id: String) in model.stages.first { $0.id == id }?.name ?? id }
            vetoes = model.vetoes.map { "\($0.stage == VetoRule.heaviestStage ? "权重最大的阶段" : stageName($0.stage)) 任一指标得 1 分：等级最高为 \($0.cap.chinese)（\($0.source)）" }
            disasters = model.disasters.map { "\($0.kind.chinese)：发生于 \($0.stages.map(stageName).joined(separator: "、")) 时否决本季" }
        }
    }

    struct StageRow: Encodable {
        let name: String
        let window: String
        let weight: String
        let indicators: [IndicatorRow]

        init(_ stage: CropStage) {
            name = stage.name
            window = "\(stage.start.description) 至 \(stage.end.description)"
            weight = String(format: "%.2f", stage.weight)
            indicators = stage.indicators.map(IndicatorRow.init)
        }
    }

    struct IndicatorRow: Encodable {
        let name: String
        let kind: String
        let weight: String
        let bands: String

        init(_ indicator: CropIndicator) {
            name = indicator.name
            kind = indicator.kind.chinese(counting: indicator.element) + (indicator.threshold.map { "（阈值 \(String(format: "%g", $0))）" } ?? "")
            weight = String(format: "%.2f", indicator.weight)
            bands = indicator.bands.map { "\($0.score) 分 \($0.description)" }.joined(separator: "；")
        }
    }
}
