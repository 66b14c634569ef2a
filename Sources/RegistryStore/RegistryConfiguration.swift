import Foundation
import RegistryCore

/// What a registry works with: the admission rules per subject kind, the workflow policy, and the clock.
public struct RegistryConfiguration: Sendable {
    public var ruleSets: [SubjectKind: RuleSet]
    public var policy: WorkflowPolicy
    /// The current time; replaceable for demos and tests.
    public var clock: @Sendable () -> Date

    public init(ruleSets: [SubjectKind: RuleSet], policy: WorkflowPolicy, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.ruleSets = ruleSets
        self.policy = policy
        self.clock = clock
    }

    /// Loads `rules/workflow.json` and `rules/<kind>.json` for every subject kind from a schemas folder.
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
        let (json, file) = try data("workflow.json")
        let policy: WorkflowPolicy
        do { policy = try JSONDecoder().decode(WorkflowPolicy.self, from: json) } catch {
            throw ConfigurationError.unreadable(file: file, detail: "\(error)")
        }
        return RegistryConfiguration(ruleSets: ruleSets, policy: policy, clock: clock)
    }
}
