import RegistryCore

/// The climate-quality assessment of one crop season at one station: everything a certificate and a
/// report need.
public struct SeasonAssessment: Hashable, Sendable, Codable {
    public let cropModelID: String
    public let cropModelVersion: String
    public let crop: String
    /// The crop code of the certificate number (`PT`).
    public let cropCode: String
    /// The year the season ends in.
    public let seasonYear: Int
    public let station: StationChoice
    public let stages: [StageResult]
    public let outcome: AssessmentOutcome
    public let thresholds: GradeThresholds
    /// Sentences for the consumer page, e.g. `转色-成熟期日较差 11.8 ℃，日照 362 小时`.
    public let highlights: [String]

    public init(cropModelID: String, cropModelVersion: String, crop: String, cropCode: String, seasonYear: Int,
                station: StationChoice, stages: [StageResult], outcome: AssessmentOutcome,
                thresholds: GradeThresholds, highlights: [String]) {
        self.cropModelID = cropModelID
        self.cropModelVersion = cropModelVersion
        self.crop = crop
        self.cropCode = cropCode
        self.seasonYear = seasonYear
        self.station = station
        self.stages = stages
        self.outcome = outcome
        self.thresholds = thresholds
        self.highlights = highlights
    }

    /// The grade, when the season was graded.
    public var grade: ClimateGrade? {
        if case .graded(_, _, let grade, _) = outcome { return grade }
        return nil
    }

    /// IQ rounded to 2 decimals, when the season was graded.
    public var score: Double? {
        if case .graded(let score, _, _, _) = outcome { return score }
        return nil
    }

    /// The same assessment with the station as chosen for another place (same station, other distance).
    public func at(_ choice: StationChoice) -> SeasonAssessment {
        SeasonAssessment(cropModelID: cropModelID, cropModelVersion: cropModelVersion, crop: crop, cropCode: cropCode,
                         seasonYear: seasonYear, station: choice, stages: stages, outcome: outcome, thresholds: thresholds,
                         highlights: highlights)
    }

    /// The whole season's days, first stage start to last stage end.
    public var seasonPeriod: DateRange { DateRange(first: stages.first!.window.first, last: stages.last!.window.last) }
}
