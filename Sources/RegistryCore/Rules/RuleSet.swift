import Foundation

/// The admission rules for one kind of subject, as versioned in `Schemas/rules/<kind>.json`.
public struct RuleSet: Codable, Sendable, Hashable {
    public var version: String
    public var subjectKind: SubjectKind
    /// Where the rules come from, e.g. "district default, to be confirmed".
    public var status: String
    public var rules: [Rule]

    /// One rule: an identifier, the sentence a reviewer sees, and its check.
    public struct Rule: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var check: RuleCheck
    }

    /// Decodes and checks a rule file.
    public init(json: Data, file: String) throws {
        do {
            self = try JSONDecoder().decode(RuleSet.self, from: json)
        } catch {
            throw ConfigurationError.unreadable(file: file, detail: "\(error)")
        }
        guard !rules.isEmpty else { throw ConfigurationError.invalid(file: file, detail: "no rules") }
        let ids = rules.map(\.id)
        guard Set(ids).count == ids.count else { throw ConfigurationError.invalid(file: file, detail: "duplicate rule ids") }
    }

    /// Every rule's verdict, in file order.
    public func evaluate(_ context: RuleContext) -> [RuleVerdict] {
        rules.map { rule in
            let (outcome, reason) = rule.check.evaluate(context)
            return RuleVerdict(ruleID: rule.id, title: rule.title, outcome: outcome, reason: reason)
        }
    }

    /// The climate rule of a product: the lowest grade a certificate needs and the other certifications
    /// that stand in for it; nil when the rules have none.
    public var climateRequirement: (minimumGrade: ClimateGrade, alternatives: [EvidenceKind])? {
        rules.lazy.compactMap { rule -> (minimumGrade: ClimateGrade, alternatives: [EvidenceKind])? in
            guard case .climateGradeOrCertification(let minimum, let alternatives) = rule.check else { return nil }
            return (minimum, alternatives)
        }.first
    }
}
