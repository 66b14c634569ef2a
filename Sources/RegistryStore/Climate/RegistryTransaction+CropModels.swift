import ClimateQuality
import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// The crop models assessments grade with: for each model id the newest version stored in the
    /// registry that still loads, otherwise the file in `Schemas/crops`. Sorted by id.
    public func cropModels() throws -> [CropModel] {
        try cache.value(Self.cropModelsKey) { () throws -> [CropModel]? in
            var current = Dictionary(uniqueKeysWithValues: configuration.cropModels.map { ($0.id, $0) })
            var seen: Set<String> = []
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT model_id, body FROM crop_model_versions ORDER BY id DESC")) {
                let id: String = row["model_id"]
                guard !seen.contains(id), let model = Self.loadStored(row["body"], id: id) else { continue }
                seen.insert(id)
                current[id] = model
            }
            return current.values.sorted { $0.id < $1.id }
        } ?? []
    }

    /// The crop model that grades products of a crop name, in its current version.
    public func cropModel(for crop: String) throws -> CropModel {
        guard let model = try cropModels().first(where: { $0.grades(productCrop: crop) }) else {
            throw ClimateStoreError.noCropModel(crop: crop)
        }
        return model
    }

    /// Every version of a model, newest first: those stored in the registry, then the schemas file.
    public func cropModelVersions(id: String) throws -> [CropModelVersion] {
        let current = try cropModels().first { $0.id == id }
        var versions = try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT body, sha256, at_ms, actor FROM crop_model_versions WHERE model_id = ? ORDER BY id DESC
            """), arguments: [id]).compactMap { row -> CropModelVersion? in
            guard let model = Self.loadStored(row["body"], id: id) else { return nil }
            return CropModelVersion(model: model, json: row["body"], origin: .registry(
                at: Date(timeIntervalSince1970: Double(row["at_ms"] as Int64) / 1000), by: row["actor"], sha256: row["sha256"]),
                isCurrent: model == current)
        }
        if let file = configuration.cropModels.first(where: { $0.id == id }) {
            versions.append(CropModelVersion(model: file, json: try Self.json(of: file), origin: .schemas, isCurrent: file == current))
        }
        guard !versions.isEmpty else { throw RegistryError.notFound(entity: .cropModel, id: id) }
        return versions
    }

    /// Checks an uploaded model file as `CropModelLoader` checks the files of `Schemas/crops` (the
    /// schema's shape and the rules a schema cannot express) and against the models in use: a version
    /// the model already has, or another model's id or certificate code, is refused. Changes nothing.
    public func validateCropModel(_ data: Data, file: String) throws -> CropModel {
        guard String(data: data, encoding: .utf8) != nil else {
            throw ClimateStoreError.climateQuality(.cropModelInvalid(file: file, path: "", reason: "not UTF-8 text"))
        }
        let model: CropModel
        do { model = try CropModelLoader.load(data: data, file: file) } catch {
            throw ClimateStoreError.climateQuality(error)
        }
        if let other = try cropModels().first(where: { $0.id != model.id && $0.code == model.code }) {
            throw ClimateStoreError.climateQuality(.cropModelInvalid(file: file, path: "code", reason: "model \"\(other.id)\" uses code \(other.code)"))
        }
        let known = (try? cropModelVersions(id: model.id)) ?? []
        if known.contains(where: { $0.model.version == model.version }) {
            throw RegistryError.duplicate(entity: .cropModel, id: "\(model.id) \(model.version)")
        }
        return model
    }

    /// Stores an uploaded model file as a new version, after `validateCropModel`; assessments made
    /// from now on grade with it. Certificates already issued keep the version they name.
    @discardableResult
    public func storeCropModelVersion(_ data: Data, file: String, by actor: Actor) throws -> CropModel {
        try actor.require(.uploadCropModel)
        let model = try validateCropModel(data, file: file)
        let sha256 = Self.sha256Hex(data)
        try db.cachedStatement(sql: """
            INSERT INTO crop_model_versions(model_id, version, body, sha256, at_ms, actor) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [model.id, model.version, String(decoding: data, as: UTF8.self), sha256, Self.milliseconds(now), actor.name])
        cache.forget(Self.cropModelsKey)
        cache.forget(prefix: Self.seriesCachePrefix)
        try appendAudit(actor, .uploadCropModel, .cropModel, model.id, to: model.version, reason: file,
                        details: try encode(["sha256": sha256, "crop": model.crop, "status": model.status]))
        return model
    }

    private static let cropModelsKey = "cropModels"

    /// A stored version, or nil when it no longer loads (the loader's rules grew stricter): assessments
    /// then fall back to the version before it.
    private static func loadStored(_ json: String, id: String) -> CropModel? {
        guard let model = try? CropModelLoader.load(data: Data(json.utf8), file: id), model.id == id else { return nil }
        return model
    }

    /// The JSON of a model read from `Schemas/crops`, for display.
    private static func json(of model: CropModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self)
    }
}
