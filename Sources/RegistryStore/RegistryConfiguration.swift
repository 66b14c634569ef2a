import ClimateQuality
import Foundation
import RegistryCore

/// What a registry works with: the admission rules per subject kind, the workflow policy, the
/// certifying body's settings and crop models, the environment indicators' representative stations,
/// and the clock.
public struct RegistryConfiguration: Sendable {
    public var ruleSets: [SubjectKind: RuleSet]
    public var policy: WorkflowPolicy
    public var certification: CertificationPolicy
    /// The region title's facts for a new registry, its recheck cycle, warning lead and grace.
    public var regionTitle: RegionTitleRules
    /// The crop models climate-quality assessments grade with.
    public var cropModels: [CropModel]
    /// The stations that represent the district for each 天然氧吧 indicator.
    public var environment: EnvironmentPolicy
    /// The current time; replaceable for demos and tests.
    public var clock: @Sendable () -> Date

    public init(ruleSets: [SubjectKind: RuleSet], policy: WorkflowPolicy, certification: CertificationPolicy,
                regionTitle: RegionTitleRules, cropModels: [CropModel], environment: EnvironmentPolicy,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.ruleSets = ruleSets
        self.policy = policy
        self.certification = certification
        self.regionTitle = regionTitle
        self.cropModels = cropModels
        self.environment = environment
        self.clock = clock
    }

    /// Loads `rules/workflow.json`, `rules/certification.json`, `rules/region-title.json` (refused when
    /// its values are out of bounds), `rules/environment.json`, `rules/<kind>.json` for every subject
    /// kind and the crop models in `crops/` from a schemas folder.
    public static func load(schemas: URL, clock: @escaping @Sendable () -> Date = { Date() }) throws -> RegistryConfiguration {
        let rules = schemas.appendingPathComponent("rules")
        func data(_ name: String) throws -> (Data, String) {
            let file = rules.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: file.path) else { throw ConfigurationError.missing(file: file.path) }
            return (data, file.path)
        }
        var ruleSets: [SubjectKind: RuleSet] = [:]
        for kind in SubjectKind.allCases {
            let (json, file) = try data("\(kind.rawValue).json")
            let set = try RuleSet(json: json, file: file)
            guard set.subjectKind == kind else { throw ConfigurationError.invalid(file: file, detail: "subjectKind is \(set.subjectKind.rawValue)") }
            ruleSets[kind] = set
        }
        func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
            let (json, file) = try data(name)
            do { return try JSONDecoder().decode(type, from: json) } catch {
                throw ConfigurationError.unreadable(file: file, detail: "\(error)")
            }
        }
        let regionTitle = try decode(RegionTitleRules.self, "region-title.json")
        if let problem = regionTitle.problem {
            throw ConfigurationError.invalid(file: rules.appendingPathComponent("region-title.json").path, detail: problem)
        }
        let cropModels: [CropModel]
        do { cropModels = try CropModelLoader.loadAll(in: schemas.appendingPathComponent("crops")) } catch {
            throw ConfigurationError.invalid(file: "crops", detail: error.english)
        }
        let (environment, environmentFile) = try data("environment.json")
        return RegistryConfiguration(ruleSets: ruleSets, policy: try decode(WorkflowPolicy.self, "workflow.json"),
                                     certification: try decode(CertificationPolicy.self, "certification.json"),
                                     regionTitle: regionTitle, cropModels: cropModels,
                                     environment: try EnvironmentPolicy.load(json: environment, file: environmentFile), clock: clock)
    }
}
