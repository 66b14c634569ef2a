/// Grades a crop season (standards.md §1.3 [D] algorithm):
///
/// 1. each indicator's value from the station's daily data over its stage window (`IndicatorCalculator`);
/// 2. the value's band gives the score `s_i` ∈ {4, 3, 2, 1};
/// 3. `IQ = Σ_k W_k · Σ_i w_{k,i} · s_i`, rounded to 2 decimals, graded by `GradeThresholds`;
/// 4. veto rules cap the grade (a 1 in the heaviest stage caps it at 优, [D]);
/// 5. a recorded major disaster in a key stage rejects the season ([Q] pre-condition);
/// 6. an indicator whose data miss the stage-completeness rule (§1.5 [D]) makes the season ungradable.
///
/// A station of another kind than the model requires (`CropModel.accept`) is refused before anything is
/// computed: a greenhouse crop is never graded from the open air.
public struct SeasonAssessor: Sendable {
    public let thresholds: GradeThresholds
    public let validity: ValidityRules

    public init(thresholds: GradeThresholds = .standard, validity: ValidityRules = .standard) {
        self.thresholds = thresholds
        self.validity = validity
    }

    /// Assesses the season of `model` ending in `seasonYear` with the daily data of the chosen station;
    /// refuses a station of the wrong kind.
    public func assess(_ model: CropModel, seasonYear: Int, series: DailySeries, station: StationChoice,
                       disasters: [RecordedDisaster] = []) throws(ClimateQualityError) -> SeasonAssessment {
        try model.accept(station.station)
        let windows = model.windows(seasonYear: seasonYear)
        let stages = zip(model.stages, windows).map { stage, window in
            StageResult(id: stage.id, name: stage.name, window: window, weight: stage.weight,
                        indicators: stage.indicators.map { assess($0, series: series, window: window) })
        }
        return SeasonAssessment(
            cropModelID: model.id, cropModelVersion: model.version, crop: model.crop, cropCode: model.code,
            seasonYear: seasonYear, station: station, stages: stages,
            outcome: outcome(model, stages: stages, disasters: disasters), thresholds: thresholds,
            highlights: SeasonHighlights.sentences(for: stages))
    }

    private func assess(_ indicator: CropIndicator, series: DailySeries, window: DateRange) -> IndicatorResult {
        let (value, coverage) = IndicatorCalculator.compute(indicator, in: series, over: window)
        let sufficient = value != nil && validity.stageIsComplete(coverage)
        let band = value.flatMap(indicator.band(for:))
        return IndicatorResult(id: indicator.id, name: indicator.name, kind: indicator.kind, value: value,
                               band: band, score: sufficient ? band?.score : nil, weight: indicator.weight,
                               coverage: coverage, isDataSufficient: sufficient,
                               optimum: indicator.bands.first { $0.score == 4 })
    }

    private func outcome(_ model: CropModel, stages: [StageResult], disasters: [RecordedDisaster]) -> AssessmentOutcome {
        let findings = model.disasters.flatMap { rule in
            stages.filter { rule.stages.contains($0.id) }.flatMap { stage in
                disasters.filter { $0.kind == rule.kind && $0.period.overlaps(stage.window) }
                    .map { DisasterFinding(disaster: $0, stageName: stage.name) }
            }
        }
        if !findings.isEmpty { return .rejectedForDisaster(findings) }

        let shortfalls = stages.flatMap { stage in
            stage.indicators.filter { !$0.isDataSufficient }.map {
                DataShortfall(stageName: stage.name, indicatorName: $0.name, coverage: $0.coverage, rules: validity)
            }
        }
        if !shortfalls.isEmpty { return .ungradable(shortfalls) }

        let raw = stages.reduce(0.0) { $0 + $1.weight * $1.score! }
        let score = GradeThresholds.rounded(raw)
        let computedGrade = thresholds.grade(for: score)
        let vetoes = model.vetoes.compactMap { rule -> VetoFinding? in
            let stageID = rule.stage == VetoRule.heaviestStage ? model.heaviestStage?.id : rule.stage
            guard let stage = stages.first(where: { $0.id == stageID }) else { return nil }
            let failing = stage.indicators.filter { $0.score == 1 }.map(\.name)
            guard !failing.isEmpty, rule.cap < computedGrade else { return nil }
            return VetoFinding(stageName: stage.name, indicatorNames: failing, cap: rule.cap, source: rule.source)
        }
        let grade = vetoes.map(\.cap).reduce(computedGrade, min)
        return .graded(score: score, computedGrade: computedGrade, grade: grade, vetoes: vetoes)
    }
}
