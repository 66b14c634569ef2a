/// The property names each object of a crop model may have (`additionalProperties: false` in the
/// schema), so that a misspelt key is refused instead of silently ignored.
enum CropModelKeys {
    private static let model: Set = ["$schema", "id", "crop", "code", "version", "status", "source", "stages",
                                     "vetoes", "disasters", "productCrops", "certificateValidity", "stationKind"]
    private static let stage: Set = ["id", "name", "start", "end", "weight", "indicators"]
    private static let indicator: Set = ["id", "name", "kind", "element", "threshold", "weight", "bands"]
    private static let band: Set = ["score", "from", "to"]
    private static let veto: Set = ["stage", "cap", "source"]
    private static let disaster: Set = ["kind", "stages"]

    /// The first key that is not allowed, with its path.
    static func unknownKey(in json: Any) -> (path: String, reason: String)? {
        guard let root = json as? [String: Any] else { return ("", "the model must be a JSON object") }
        if let problem = check(root, allowed: model, path: "") { return problem }
        for (s, stageObject) in objects(root["stages"]).enumerated() {
            let stagePath = "stages[\(s)]"
            if let problem = check(stageObject, allowed: stage, path: stagePath) { return problem }
            for (i, indicatorObject) in objects(stageObject["indicators"]).enumerated() {
                let indicatorPath = "\(stagePath).indicators[\(i)]"
                if let problem = check(indicatorObject, allowed: indicator, path: indicatorPath) { return problem }
                for (b, bandObject) in objects(indicatorObject["bands"]).enumerated() {
                    if let problem = check(bandObject, allowed: band, path: "\(indicatorPath).bands[\(b)]") { return problem }
                }
            }
        }
        for (v, object) in objects(root["vetoes"]).enumerated() {
            if let problem = check(object, allowed: veto, path: "vetoes[\(v)]") { return problem }
        }
        for (d, object) in objects(root["disasters"]).enumerated() {
            if let problem = check(object, allowed: disaster, path: "disasters[\(d)]") { return problem }
        }
        return nil
    }

    private static func objects(_ value: Any?) -> [[String: Any]] {
        (value as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
    }

    private static func check(_ object: [String: Any], allowed: Set<String>, path: String) -> (path: String, reason: String)? {
        guard let key = object.keys.sorted().first(where: { !allowed.contains($0) }) else { return nil }
        return (path.isEmpty ? key : "\(path).\(key)", "unknown property; allowed: \(allowed.sorted().joined(separator: ", "))")
    }
}
