import Foundation

/// Reads crop models from JSON and checks them with the constraints of
/// `Schemas/crops/crop-model.schema.json` (and the ones a schema cannot express: weights summing to 1,
/// bands covering every value once, windows in order). A broken file is refused with its name, the
/// JSON path of the problem and the reason.
public enum CropModelLoader {
    /// The schema's file name, skipped by `loadAll(in:)`.
    public static let schemaFileName = "crop-model.schema.json"

    /// Loads one model file.
    public static func load(contentsOf url: URL) throws(ClimateQualityError) -> CropModel {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .cropModelInvalid(file: url.lastPathComponent, path: "", reason: "cannot be read: \(error.localizedDescription)")
        }
        return try load(data: data, file: url.lastPathComponent)
    }

    /// Loads a model from `data`; `file` names it in errors.
    public static func load(data: Data, file: String) throws(ClimateQualityError) -> CropModel {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .cropModelInvalid(file: file, path: "", reason: "not valid JSON")
        }
        if let problem = CropModelKeys.unknownKey(in: json) {
            throw .cropModelInvalid(file: file, path: problem.path, reason: problem.reason)
        }
        let model: CropModel
        do {
            model = try JSONDecoder().decode(CropModel.self, from: data)
        } catch let error as DecodingError {
            let (path, reason) = describe(error)
            throw .cropModelInvalid(file: file, path: path, reason: reason)
        } catch {
            throw .cropModelInvalid(file: file, path: "", reason: "\(error)")
        }
        if let problem = CropModelValidation.firstProblem(in: model) {
            throw .cropModelInvalid(file: file, path: problem.path, reason: problem.reason)
        }
        return model
    }

    /// Loads every `*.json` model in `directory` (not the schema), sorted by id; refuses two models
    /// with the same id or code.
    public static func loadAll(in directory: URL) throws(ClimateQualityError) -> [CropModel] {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" && $0.lastPathComponent != schemaFileName }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw .cropModelInvalid(file: directory.path, path: "", reason: "directory cannot be read")
        }
        var models: [CropModel] = []
        for file in files {
            let model = try load(contentsOf: file)
            if let other = models.first(where: { $0.id == model.id || $0.code == model.code }) {
                throw .cropModelInvalid(file: file.lastPathComponent, path: "id",
                                        reason: "same id or code as model \"\(other.id)\"")
            }
            models.append(model)
        }
        return models.sorted { $0.id < $1.id }
    }

    /// JSON path and reason of a decoding error: `stages[1].indicators[0].weight`, "missing".
    private static func describe(_ error: DecodingError) -> (String, String) {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce("") { path, key in
                if let index = key.intValue { return path + "[\(index)]" }
                return path.isEmpty ? key.stringValue : path + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "required value is missing")
        case .valueNotFound(_, let context):
            return (path(context.codingPath), "value is null")
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected \(type)")
        case .dataCorrupted(let context):
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }
}
