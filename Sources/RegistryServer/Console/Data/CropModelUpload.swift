import ClimateQuality
import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// `POST /console/data/crop-models` (`multipart/form-data`, CSRF token in the query): checks an uploaded
/// crop model file as the loader checks `Schemas/crops` (the schema's shape, weights, bands, windows,
/// rules) and against the models in use (a version already there, another model's code). With
/// `intent=validate` it only reports; with `intent=store` a valid file becomes the model's newest
/// version, which assessments grade with from then on. A refused file stores nothing; its page names
/// the JSON path and the reason.
enum CropModelUpload {
    /// The largest model file, in bytes.
    static let limit = 256 * 1024

    struct View: PageView {
        static let template = "console-crop-model-upload"

        let frame: ConsoleFrame
        let file: String
        let valid: Bool
        let problem: String
        let path: String
        let reason: String
        let model: CropModelPage.ModelView?
        let modelHref: String
    }

    static func submit(_ call: ConsoleCall, form: MultipartForm<Data>) throws -> Response {
        let store = form.text["intent"] == "store"
        guard let upload = form.files["file"] else {
            return try page(call, file: "", problem: "请选择要上传的作物模型文件（JSON）", path: "", reason: "")
        }
        let name = UploadName.clean(upload.fileName, fallback: "crop-model.json")
        do {
            let model = if store {
                try call.change(.uploadCropModel) { tx, actor in try tx.storeCropModelVersion(upload.content, file: name, by: actor) }
            } else {
                try call.read { try $0.validateCropModel(upload.content, file: name) }
            }
            if store {
                return try call.redirect(to: CropModelPage.path(model.id), flash: .notice("已保存作物模型 \(model.id) 的新版本 \(model.version)，今后的评估使用此版本"))
            }
            return try call.page(View(
                frame: call.frame(title: "作物模型校验"), file: name, valid: true, problem: "", path: "", reason: "",
                model: CropModelPage.ModelView(model), modelHref: CropModelPage.path(model.id)))
        } catch ClimateStoreError.climateQuality(let error) {
            if case .cropModelInvalid(_, let path, let reason) = error {
                return try page(call, file: name, problem: error.chinese, path: path, reason: reason)
            }
            return try page(call, file: name, problem: error.chinese, path: "", reason: "")
        } catch let refusal as RegistryError {
            return try page(call, file: name, problem: refusal.chinese, path: "version", reason: "")
        }
    }

    private static func page(_ call: ConsoleCall, file: String, problem: String, path: String, reason: String) throws -> Response {
        try call.page(View(
            frame: call.frame(title: "作物模型校验"), file: file, valid: false, problem: problem, path: path, reason: reason,
            model: nil, modelHref: ""), status: .unprocessableContent)
    }
}
