import Foundation
import RegistryCore
import Testing
@testable import ClimateQuality

/// Grades are decided on the value as printed, rounded half away from zero (`PrintedFigure`): the
/// expected texts and grades below are worked out by hand from the tables of standards.md §1.3, §2.3,
/// §3.1 and §3.2, at x.x4999, at x.x5 and on each table edge.
@Suite struct PrintedFigureTests {
    @Test(arguments: [
        (13.988, "14.0"), (13.94999, "13.9"), (13.95, "14.0"), (-400.05, "-400.1"), (-400.04999, "-400.0"),
        (0.145, "0.1"), (25.25, "25.3"), (-0.04, "0.0"), (0.05, "0.1"), (-0.05, "-0.1"), (1e-7, "0.0"),
    ])
    func oneDecimalHalfAwayFromZero(value: Double, printed: String) {
        #expect(PrintedFigure.text(value, places: 1) == printed)
    }

    @Test func theDecimalAPersonReadsIsRoundedNotTheBinaryOne() {
        // 0.145 and 1.005 are stored a hair below their decimal; printf would print 0.14 and 1.00.
        #expect(PrintedFigure.text(0.145, places: 2) == "0.15")
        #expect(PrintedFigure.text(1.005, places: 2) == "1.01")
        #expect(PrintedFigure.text(1199.5, places: 0) == "1200")
        #expect(PrintedFigure.rounded(.infinity, places: 1) == .infinity)
        #expect(PrintedFigure.rounded(1e300, places: 1) == 1e300)
    }

    /// THI of GB/T 27963: < 14 寒冷; 14–17 冷; 17–25.4 舒适; 25.4–27.5 热; > 27.5 闷热.
    @Test(arguments: [
        (13.94999, ComfortGrade.cold), (13.95, .cool), (13.988, .cool), (14.0, .cool),
        (16.94999, .cool), (16.95, .comfortable), (17.0, .comfortable),
        (25.4, .comfortable), (25.44999, .comfortable), (25.45, .warm),
        (27.5, .warm), (27.54999, .warm), (27.55, .sultry),
    ])
    func temperatureHumidityIndexTable(index: Double, grade: ComfortGrade) {
        #expect(ComfortGrade(temperatureHumidityIndex: index) == grade)
    }

    /// K of GB/T 27963: < −400 寒冷; −400…−300 冷; −300…−100 舒适; −100…−10 热; > −10 闷热.
    @Test(arguments: [
        (-400.05, ComfortGrade.cold), (-400.04999, .cool), (-400.0, .cool),
        (-300.05, .cool), (-300.04999, .comfortable), (-300.0, .comfortable),
        (-100.0, .comfortable), (-99.95, .comfortable), (-99.94999, .warm),
        (-10.0, .warm), (-9.95, .warm), (-9.94999, .sultry),
    ])
    func windEffectIndexTable(index: Double, grade: ComfortGrade) {
        #expect(ComfortGrade(windEffectIndex: index) == grade)
    }

    /// I_BC of QX/T 570, whole numbers: ≤ 25 level 1, 26–38 level 2, 39–50 level 3, 51–58 level 4, 59–70
    /// level 5, 71–75 level 6, 76–79 level 7, 80–85 level 8, ≥ 86 level 9.
    @Test(arguments: [
        (25.49999, 1), (25.5, 2), (38.49999, 2), (38.5, 3), (50.49999, 3), (50.5, 4), (58.49999, 4), (58.5, 5),
        (70.49999, 5), (70.5, 6), (75.49999, 6), (75.5, 7), (79.49999, 7), (79.5, 8), (85.49999, 8), (85.5, 9),
    ])
    func humanComfortTable(index: Double, level: Int) throws {
        let printed = try #require(Int(exactly: PrintedFigure.rounded(index, places: 0)))
        #expect(HumanComfortLevel(index: printed).level == level)
    }

    @Test func humanComfortIndexIsRoundedHalfAwayFromZero() {
        // (1.8 × 16.5 + 32) − 0 − 3.2 × √1 = 58.5: prints 59, level 5 (最舒适), not 58.
        #expect(ComfortIndices.humanComfortIndex(temperature: 16.5, relativeHumidity: 1, windSpeed: 1) == 59)
    }

    /// The example of the finding: a September whose THI is 13.988 prints 14.0 and is graded 冷.
    @Test func aMonthIsGradedOnItsPrintedIndex() {
        let september = MonthlyComfort(MonthlyClimate(month: 9, meanTemperature: 13.988, meanHumidity: 100,
                                                      meanWindSpeed: 2, sunshinePerDay: 8))
        #expect(september.temperatureHumidityIndex == 14.0)
        #expect(MonthlyComfort.text(september.temperatureHumidityIndex) == "14.0")
        #expect(september.temperatureHumidityGrade == .cool)
        #expect(MonthlyComfort.text(september.windEffectIndex) == PrintedFigure.text(september.windEffectIndex, places: 1))
    }

    /// A month stored before grades followed the printed index is graded again when read: only its
    /// climate means are taken from the stored text.
    @Test func aStoredMonthIsGradedAgainWhenRead() throws {
        let september = MonthlyComfort(MonthlyClimate(month: 9, meanTemperature: 13.988, meanHumidity: 100,
                                                      meanWindSpeed: 2, sunshinePerDay: 8))
        var stored = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(september)) as? [String: Any])
        stored["temperatureHumidityIndex"] = 13.988
        stored["temperatureHumidityGrade"] = 1
        let read = try JSONDecoder().decode(MonthlyComfort.self, from: JSONSerialization.data(withJSONObject: stored))
        #expect(read == september)
        #expect(read.temperatureHumidityGrade == .cool)
    }

    /// IQ: 特优 ≥ 3.5, 优 ≥ 2.5, 良 ≥ 1.5, printed with two decimals.
    @Test(arguments: [
        (3.49499, ClimateGrade.veryGood, "3.49"), (3.495, .excellent, "3.50"), (3.5, .excellent, "3.50"),
        (2.49499, .good, "2.49"), (2.495, .veryGood, "2.50"),
        (1.49499, .ordinary, "1.49"), (1.495, .good, "1.50"), (1.5, .good, "1.50"),
    ])
    func climateQualityIndexTable(score: Double, grade: ClimateGrade, printed: String) {
        #expect(GradeThresholds.standard.grade(for: score) == grade)
        #expect(GradeThresholds.text(score) == printed)
    }

    /// LY/T 2586 levels on whole ions per cm³.
    @Test(arguments: [
        (2999.49999, "Ⅱ"), (2999.5, "Ⅰ"), (1199.49999, "Ⅲ"), (1199.5, "Ⅱ"), (499.5, "Ⅲ"), (99.49999, "Ⅵ"), (99.5, "Ⅴ"),
    ])
    func naiTable(mean: Double, level: String) {
        #expect(NAIGradeTable.lyt2586.level(for: mean).level == level)
    }

    /// A crop indicator's band is chosen on its printed value: 24.95 ℃ prints 25.0 ℃ and scores as 25.
    @Test func cropBandsTakeThePrintedValue() throws {
        let indicator = CropIndicator(id: "d", name: "白天气温", kind: .meanDailyMaximum, weight: 1, bands: [
            ScoreBand(score: 4, to: 25), ScoreBand(score: 3, from: 25),
        ])
        #expect(indicator.band(for: 24.94999)?.score == 4)
        #expect(indicator.band(for: 24.95)?.score == 3)
        let sums = CropIndicator(id: "a", name: "积温", kind: .activeAccumulatedTemperature, threshold: 10, weight: 1, bands: [
            ScoreBand(score: 2, to: 3000), ScoreBand(score: 4, from: 3000),
        ])
        #expect(sums.band(for: 2999.49999)?.score == 2)
        #expect(sums.band(for: 2999.5)?.score == 4)
    }

    /// The district NAI criterion compares the mean as printed: 999.5 prints 1000 and passes.
    @Test func oxygenBarComparesThePrintedMean() {
        func mean(_ value: Double) -> StationNAIAnnualMean {
            StationNAIAnnualMean(series: Fixtures.series(DateRange.year(2025)) { _ in Fixtures.readings([.nai: value]) }, year: 2025)
        }
        let sources = OxygenBarSummary.Sources(nai: "代表站 全部", comfort: "代表站 54406", airQuality: "代表站 54406")
        let passing = OxygenBarSummary(year: 2025, naiMeans: [mean(999.5)], comfort: [], airQuality: nil, sources: sources)
        #expect(passing.criteria[0].status == .pass)
        #expect(passing.criteria[0].observed.hasPrefix("1000 个/cm³"))
        let failing = OxygenBarSummary(year: 2025, naiMeans: [mean(999.49)], comfort: [], airQuality: nil, sources: sources)
        #expect(failing.criteria[0].status == .fail)
        #expect(failing.criteria[0].observed.hasPrefix("999 个/cm³"))
    }
}
