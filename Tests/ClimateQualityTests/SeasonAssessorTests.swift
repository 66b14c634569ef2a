import Testing
import RegistryCore
@testable import ClimateQuality

@Suite struct SeasonAssessorTests {
    static let june = DateRange(first: Fixtures.date("2025-06-01"), last: Fixtures.date("2025-06-10"))

    /// Ten days at 22 ℃ with 7 h of sunshine: temperature scores 4, sunshine (70 h) scores 3.
    static let goodSeries = Fixtures.series(june) { _ in Fixtures.readings([.temperature: 22, .sunshine: 7]) }

    static func assess(_ json: String, series: DailySeries = goodSeries,
                       disasters: [RecordedDisaster] = []) throws -> SeasonAssessment {
        try SeasonAssessor().assess(try Fixtures.model(json), seasonYear: 2025, series: series, station: Fixtures.choice,
                                disasters: disasters)
    }

    @Test func exactly3Point5IsExcellent() throws {
        let assessment = try Self.assess(Fixtures.twoIndicatorModel(temperatureWeight: 0.5, sunshineWeight: 0.5))
        #expect(assessment.score == 3.5)
        #expect(assessment.grade == .excellent)
        let indicators = assessment.stages[0].indicators
        #expect(indicators.map(\.score) == [4, 3])
        #expect(indicators[1].value == 70)
        #expect(indicators[1].band == ScoreBand(score: 3, from: 60, to: 80))
        #expect(indicators[0].coverage.validDays == 10)
    }

    @Test func score3Point49IsVeryGood() throws {
        let assessment = try Self.assess(Fixtures.twoIndicatorModel(temperatureWeight: 0.49, sunshineWeight: 0.51))
        #expect(assessment.score == 3.49)
        #expect(assessment.grade == .veryGood)
    }

    @Test func gradeThresholdsAreInclusiveBelow() {
        let thresholds = GradeThresholds.standard
        #expect(thresholds.grade(for: 2.5) == .veryGood)
        #expect(thresholds.grade(for: 2.499) == .veryGood)
        #expect(thresholds.grade(for: 2.49) == .good)
        #expect(thresholds.grade(for: 1.5) == .good)
        #expect(thresholds.grade(for: 1.49) == .ordinary)
    }

    @Test func disasterInAKeyStageRejectsTheSeason() throws {
        let hail = RecordedDisaster(kind: .hail, period: DateRange(first: Fixtures.date("2025-06-05"), last: Fixtures.date("2025-06-05")),
                                    description: "冰雹", source: "区气象局灾情报告")
        let json = Fixtures.twoIndicatorModel(temperatureWeight: 0.5, sunshineWeight: 0.5,
                                              disasters: #"[{"kind":"hail","stages":["only"]}]"#)
        let assessment = try Self.assess(json, disasters: [hail])
        guard case .rejectedForDisaster(let findings) = assessment.outcome else {
            Issue.record("expected a rejection, got \(assessment.outcome)")
            return
        }
        #expect(findings.map(\.disaster) == [hail])
        #expect(assessment.grade == nil)
        #expect(findings[0].summary.contains("冰雹"))
    }

    @Test func disasterOutsideTheStageOrOfAnotherKindDoesNotReject() throws {
        let json = Fixtures.twoIndicatorModel(temperatureWeight: 0.5, sunshineWeight: 0.5,
                                              disasters: #"[{"kind":"hail","stages":["only"]}]"#)
        let july = RecordedDisaster(kind: .hail, period: DateRange(first: Fixtures.date("2025-07-05"), last: Fixtures.date("2025-07-05")),
                                    description: "冰雹", source: "t")
        let frost = RecordedDisaster(kind: .frost, period: Self.june, description: "霜冻", source: "t")
        #expect(try Self.assess(json, disasters: [july, frost]).grade == .excellent)
    }

    @Test func aScoreOfOneInTheHeaviestStageCapsTheGrade() throws {
        let veto = #"[{"stage":"heaviest","cap":"良","source":"t"}]"#
        let cloudy = Fixtures.series(Self.june) { _ in Fixtures.readings([.temperature: 22, .sunshine: 3]) }
        let json = Fixtures.twoIndicatorModel(temperatureWeight: 0.9, sunshineWeight: 0.1, vetoes: veto)
        let assessment = try Self.assess(json, series: cloudy)
        guard case .graded(let score, let computed, let grade, let vetoes) = assessment.outcome else {
            Issue.record("expected a grade")
            return
        }
        #expect(score == 3.7)
        #expect(computed == .excellent)
        #expect(grade == .good)
        #expect(vetoes.map(\.indicatorNames) == [["日照"]])
    }

    @Test func missingDaysMakeTheSeasonUngradable() throws {
        let gappy = Fixtures.series(Self.june) { date in
            date.day == 4 || date.day == 5 ? nil : Fixtures.readings([.temperature: 22, .sunshine: 7])
        }
        let assessment = try Self.assess(Fixtures.twoIndicatorModel(temperatureWeight: 0.5, sunshineWeight: 0.5),
                                         series: gappy)
        guard case .ungradable(let shortfalls) = assessment.outcome else {
            Issue.record("expected ungradable, got \(assessment.outcome)")
            return
        }
        #expect(shortfalls.count == 2)
        #expect(shortfalls[0].coverage.validDays == 8)
        #expect(assessment.stages[0].indicators.allSatisfy { $0.score == nil && !$0.isDataSufficient })
        #expect(shortfalls[0].summary.contains("2025-06-04…2025-06-05"))
    }

    @Test func highlightsNameTheBestIndicators() throws {
        let assessment = try Self.assess(Fixtures.twoIndicatorModel(temperatureWeight: 0.5, sunshineWeight: 0.5))
        #expect(assessment.highlights == ["测试期平均气温 22.0\u{00A0}℃"])
    }

    @Test func expertOverrideKeepsTheComputedValue() throws {
        let assessment = try Self.assess(Fixtures.twoIndicatorModel(temperatureWeight: 0.49, sunshineWeight: 0.51))
        let override = try ExpertOverride(of: assessment, score: 3.6, grade: .excellent, expert: "王专家",
                                          reason: "田间调查果实品质优", date: Fixtures.date("2025-09-30"))
        #expect(override.computedScore == 3.49)
        #expect(override.computedGrade == .veryGood)
        #expect(override.overridingGrade == .excellent)
        #expect(throws: ClimateQualityError.overrideNeedsExpertAndReason) {
            try ExpertOverride(of: assessment, grade: .excellent, expert: "王专家", reason: " ", date: Fixtures.date("2025-09-30"))
        }
        #expect(throws: ClimateQualityError.overrideGradeDisagreesWithScore(score: 3.0, expected: .veryGood)) {
            try ExpertOverride(of: assessment, score: 3.0, grade: .excellent, expert: "王专家", reason: "r",
                               date: Fixtures.date("2025-09-30"))
        }
    }

    @Test func indicatorKindsComputeFromDailyData() throws {
        let days = Fixtures.series(Self.june) { date in
            Fixtures.readings([.temperature: Double(date.day) + 5, .maximumTemperature: 25, .minimumTemperature: date.day <= 2 ? -1 : 12,
                               .precipitation: date.day.isMultiple(of: 3) ? 2 : 0.5, .humidity: 60])
        }
        func value(_ kind: IndicatorKind, element: ObservationElement? = nil, threshold: Double? = nil) -> Double? {
            let indicator = CropIndicator(id: "x", name: "x", kind: kind, element: element, threshold: threshold, weight: 1,
                                          bands: [ScoreBand(score: 1)])
            return IndicatorCalculator.compute(indicator, in: days, over: Self.june).value
        }
        #expect(value(.meanTemperature) == 10.5)
        let accumulated: Double = 10 + 11 + 12 + 13 + 14 + 15
        #expect(value(.activeAccumulatedTemperature, threshold: 10) == accumulated)
        #expect(value(.rainDays, threshold: 1) == 3)
        #expect(value(.precipitation) == 3 * 2 + 7 * 0.5)
        #expect(value(.daysAtOrBelow, element: .minimumTemperature, threshold: 0) == 2)
        #expect(value(.lowestTemperature) == -1)
        #expect(value(.meanDiurnalRange) == 15.6)
        #expect(value(.meanHumidity) == 60)
        #expect(value(.sunshineHours) == nil)
    }
}
