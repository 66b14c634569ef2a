import Foundation
import Testing
import RegistryCore
@testable import ClimateQuality

@Suite struct DemoDataTests {
    static let rows = DemoObservationGenerator().hourlyObservations(years: 2024...2025)
    static let daily = DailyAggregator().aggregate({
        var flagged = rows
        QualityControl().apply(to: &flagged)
        return flagged
    }())

    static func series(_ id: String) -> DailySeries { DailySeries(stationID: id, days: daily) }

    @Test func generationIsDeterministic() {
        let again = DemoObservationGenerator().hourlyObservations(years: 2024...2024)
        #expect(Array(Self.rows.prefix(500)) == Array(again.prefix(500)))
        #expect(DemoObservationGenerator(seed: 7).hourlyObservations(years: 2024...2024).prefix(500) != again.prefix(500))
    }

    @Test func valleyStationFollowsItsNormals() {
        let valley = Self.series("54406")
        let year = DateRange.year(2024)
        let temperatures = valley.validValues(.temperature, in: year)
        let mean = temperatures.reduce(0, +) / Double(temperatures.count)
        #expect(abs(mean - 8.9) < 1.5, "annual mean \(mean)")
        let precipitation = valley.validValues(.precipitation, in: year).reduce(0, +)
        #expect(precipitation > 200 && precipitation < 800, "precipitation \(precipitation)")
        let sunshine = valley.validValues(.sunshine, in: year).reduce(0, +)
        #expect(abs(sunshine - 2806) < 300, "sunshine \(sunshine)")
    }

    @Test func naiSitesAreInTheirRanges() {
        for (id, range) in [("YQ101", 2000.0...3500), ("YQ102", 2000...3500), ("YQ103", 2000...3500), ("YQ104", 900...1400)] {
            let mean = StationNAIAnnualMean(series: Self.series(id), year: 2024)
            #expect(mean.isValid, "\(id) \(mean.validity.summary)")
            #expect(range.contains(mean.mean!), "\(id) \(mean.mean!)")
        }
    }

    @Test func theStuckSensorIsFlaggedAndTheOutageInvalidatesAMonth() {
        var rows = Self.rows.filter { $0.stationID == DemoNetwork.stuckSensorStationID }
        QualityControl().apply(to: &rows)
        #expect(rows.filter { $0.readings.nai?.flag == .stuck }.count == DemoNetwork.stuckSensorHours)
        let foyeding = ValidityRules.standard.annualValidity(of: .temperature, in: Self.series(DemoNetwork.outageStationID), year: 2025)
        #expect(foyeding.invalidMonths == [7])
    }

    @Test func demoSeasonsAreGradedAndNotAllTheSame() throws {
        let models = try CropModelLoader.loadAll(in: Fixtures.cropsDirectory)
        let choice = try StationSelector().choose(for: DemoNetwork.grapeArea, among: DemoNetwork.stations, observing: .weather)
        #expect(choice.station.id == "YQ002")
        var grades: [ClimateGrade] = []
        for id in ["grape", "apple"] {
            for year in 2024...2025 {
                let assessment = try SeasonAssessor().assess(models.first { $0.id == id }!, seasonYear: year,
                                                         series: Self.series(choice.station.id), station: choice)
                let grade = try #require(assessment.grade, "\(id) \(year): \(assessment.outcome)")
                grades.append(grade)
            }
        }
        #expect(Set(grades).count >= 2, "\(grades)")
        #expect(grades.allSatisfy { $0 >= .good }, "\(grades)")
    }
}
