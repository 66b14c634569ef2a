import Foundation
import RegistryCore

/// An expert's change of a computed grade. The computed value is kept beside the new one, with who
/// and why (standards.md §1.3 step 6: original + override + reason, audited).
public struct ExpertOverride: Hashable, Sendable, Codable {
    public let computedScore: Double
    public let computedGrade: ClimateGrade
    /// The expert's score, when they give one; the grade must then agree with the thresholds.
    public let overridingScore: Double?
    public let overridingGrade: ClimateGrade
    public let expert: String
    public let reason: String
    public let date: CivilDate

    /// An override of a graded `assessment`. Refused for a season that was rejected or could not be
    /// graded, without an expert or a reason, or with a score outside 1…4 or disagreeing with the grade.
    public init(of assessment: SeasonAssessment, score: Double? = nil, grade: ClimateGrade, expert: String,
                reason: String, date: CivilDate) throws(ClimateQualityError) {
        guard case .graded(let computedScore, _, let computedGrade, _) = assessment.outcome else {
            throw .overrideOfUngradedSeason
        }
        let expert = expert.trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !expert.isEmpty, !reason.isEmpty else { throw .overrideNeedsExpertAndReason }
        if let score {
            guard (1...4).contains(score) else { throw .overrideScoreOutOfRange(score) }
            let expected = assessment.thresholds.grade(for: score)
            guard expected == grade else { throw .overrideGradeDisagreesWithScore(score: score, expected: expected) }
        }
        self.computedScore = computedScore
        self.computedGrade = computedGrade
        overridingScore = score.map(GradeThresholds.rounded)
        overridingGrade = grade
        self.expert = expert
        self.reason = reason
        self.date = date
    }
}
