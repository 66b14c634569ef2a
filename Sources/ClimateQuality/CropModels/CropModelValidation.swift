/// The checks a crop model must pass beyond its JSON shape.
enum CropModelValidation {
    /// Weights may differ from their sum of 1 by this much (decimal fractions such as 0.35).
    static let weightTolerance = 1e-9

    /// The first problem found, with its JSON path.
    static func firstProblem(in model: CropModel) -> (path: String, reason: String)? {
        if model.id.isEmpty { return ("id", "must not be empty") }
        if model.code.count != 2 || !model.code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            return ("code", "must be two capital letters, e.g. PT")
        }
        for (key, value) in [("crop", model.crop), ("version", model.version), ("status", model.status),
                             ("source", model.source)] where value.isEmpty {
            return (key, "must not be empty")
        }
        if let kind = model.stationKind, kind != .weather, kind != .greenhouse {
            return ("stationKind", "must be weather or greenhouse")
        }
        if model.stages.isEmpty { return ("stages", "at least one stage is required") }
        if let problem = weightProblem(model.stages.map(\.weight), path: "stages", what: "stage weights") { return problem }
        if let duplicate = firstDuplicate(model.stages.map(\.id)) { return ("stages", "stage id \"\(duplicate)\" appears twice") }
        for (s, stage) in model.stages.enumerated() {
            if let problem = stageProblem(stage, path: "stages[\(s)]") { return problem }
        }
        let windows = model.windows(seasonYear: 2023)
        if let first = windows.first, let last = windows.last, last.last.dayNumber - first.first.dayNumber >= 365 {
            return ("stages", "stage windows must follow each other in order within one year")
        }
        let stageIDs = Set(model.stages.map(\.id))
        for (v, veto) in model.vetoes.enumerated() {
            if veto.stage == VetoRule.heaviestStage {
                let heaviest = model.stages.map(\.weight).max()!
                if model.stages.filter({ $0.weight == heaviest }).count > 1 {
                    return ("vetoes[\(v)].stage", "\"heaviest\" is ambiguous: several stages share the largest weight")
                }
            } else if !stageIDs.contains(veto.stage) {
                return ("vetoes[\(v)].stage", "no stage \"\(veto.stage)\"")
            }
        }
        for (d, disaster) in model.disasters.enumerated() {
            if disaster.stages.isEmpty { return ("disasters[\(d)].stages", "name at least one key stage") }
            if let unknown = disaster.stages.first(where: { !stageIDs.contains($0) }) {
                return ("disasters[\(d)].stages", "no stage \"\(unknown)\"")
            }
        }
        return nil
    }

    private static func stageProblem(_ stage: CropStage, path: String) -> (path: String, reason: String)? {
        if stage.id.isEmpty || stage.name.isEmpty { return (path, "id and name must not be empty") }
        if stage.indicators.isEmpty { return ("\(path).indicators", "at least one indicator is required") }
        if let problem = weightProblem(stage.indicators.map(\.weight), path: "\(path).indicators", what: "indicator weights") {
            return problem
        }
        if let duplicate = firstDuplicate(stage.indicators.map(\.id)) {
            return ("\(path).indicators", "indicator id \"\(duplicate)\" appears twice")
        }
        for (i, indicator) in stage.indicators.enumerated() {
            if let problem = indicatorProblem(indicator, path: "\(path).indicators[\(i)]") { return problem }
        }
        return nil
    }

    private static func indicatorProblem(_ indicator: CropIndicator, path: String) -> (path: String, reason: String)? {
        if indicator.id.isEmpty || indicator.name.isEmpty { return (path, "id and name must not be empty") }
        let kind = indicator.kind.rawValue
        if indicator.kind.needsThreshold, indicator.threshold == nil { return ("\(path).threshold", "\(kind) needs a threshold") }
        if !indicator.kind.needsThreshold, indicator.threshold != nil { return ("\(path).threshold", "\(kind) takes no threshold") }
        if indicator.kind.needsElement, indicator.element == nil { return ("\(path).element", "\(kind) needs an element") }
        if !indicator.kind.needsElement, indicator.element != nil { return ("\(path).element", "\(kind) takes no element") }
        return bandProblem(indicator.bands, path: "\(path).bands")
    }

    /// Bands must be in increasing order and cover every value exactly once: the first open below,
    /// the last open above, each `to` equal to the next `from`.
    private static func bandProblem(_ bands: [ScoreBand], path: String) -> (path: String, reason: String)? {
        if bands.isEmpty { return (path, "at least one band is required") }
        for (b, band) in bands.enumerated() {
            let bandPath = "\(path)[\(b)]"
            if !(1...4).contains(band.score) { return ("\(bandPath).score", "score must be 1, 2, 3 or 4") }
            if let from = band.from, let to = band.to, from >= to {
                return (bandPath, "from (inclusive) must be below to (exclusive)")
            }
            if b == 0, band.from != nil { return ("\(bandPath).from", "the first band must be open below (no from)") }
            if b == bands.count - 1, band.to != nil { return ("\(bandPath).to", "the last band must be open above (no to)") }
            if b > 0 {
                guard let from = band.from, let previousTo = bands[b - 1].to else {
                    return (bandPath, "only the first band may be open below and only the last open above")
                }
                if from != previousTo {
                    return ("\(bandPath).from", from > previousTo ? "gap: values from \(previousTo) to \(from) have no band"
                        : "overlaps the band before (bands must be in increasing order)")
                }
            }
        }
        return nil
    }

    private static func weightProblem(_ weights: [Double], path: String, what: String) -> (path: String, reason: String)? {
        if let bad = weights.firstIndex(where: { !($0 > 0 && $0 <= 1) }) {
            return ("\(path)[\(bad)].weight", "a weight must be above 0 and at most 1")
        }
        let sum = weights.reduce(0, +)
        if abs(sum - 1) > weightTolerance { return (path, "\(what) sum to \(sum), not 1") }
        return nil
    }

    private static func firstDuplicate(_ ids: [String]) -> String? {
        var seen: Set<String> = []
        return ids.first { !seen.insert($0).inserted }
    }
}
