import Testing
@testable import ClimateQuality

@Suite struct EnvironmentTests {
    static let year = DateRange.year(2025)

    @Test func annualMeanUsesValidDaysOnlyAndGrades() {
        let series = Fixtures.series(Self.year) { date in
            var readings = Fixtures.readings([.nai: date.month <= 6 ? 1000 : 2000])
            if date.day == 1 { readings.nai = Reading(90_000, flag: .incomplete) }
            return readings
        }
        let mean = StationNAIAnnualMean(series: series, year: 2025)
        #expect(mean.isValid)
        let firstHalf = 181.0 - 6, secondHalf = 184.0 - 6
        #expect(abs(mean.mean! - (firstHalf * 1000 + secondHalf * 2000) / (firstHalf + secondHalf)) < 1e-9)
        #expect(mean.level?.level == "Ⅱ")
        #expect(mean.table.status == "to-confirm")
    }

    @Test func anInvalidYearHasNoGradeAndIsLeftOutOfItsTown() {
        let short = Fixtures.series(Self.year) { $0.month == 3 && $0.day <= 5 ? nil : Fixtures.readings([.nai: 3000]) }
        let invalid = StationNAIAnnualMean(series: short, year: 2025)
        #expect(!invalid.isValid)
        #expect(invalid.validity.invalidMonths == [3])
        #expect(invalid.level == nil)
        let other = StationNAIAnnualMean(series: DailySeries(stationID: "S2", days: Self.year.days.map {
            DailyObservation(stationID: "S2", date: $0, readings: Fixtures.readings([.nai: 1500]))
        }), year: 2025)
        let stations = [Fixtures.station, Station(id: "S2", name: "二", townID: Fixtures.station.townID,
                                                  location: Fixtures.station.location, elevation: 500, kind: .nai)]
        let towns = TownNAIAnnualMean.byTown([invalid, other], stations: stations, year: 2025)
        #expect(towns.count == 1)
        #expect(towns[0].mean == 1500)
        #expect(towns[0].stationIDs == ["S2"])
        #expect(towns[0].excludedStationIDs == ["S1"])
    }

    @Test func naiTableLevels() {
        let table = NAIGradeTable.lyt2586
        #expect(table.level(for: 3000).level == "Ⅰ")
        #expect(table.level(for: 2999).level == "Ⅱ")
        #expect(table.level(for: 499).level == "Ⅳ")
        #expect(table.level(for: 0).level == "Ⅵ")
    }

    @Test func oxygenBarSummaryPassesAndFailsPerCriterion() {
        let nai = StationNAIAnnualMean(series: Fixtures.series(Self.year) { _ in Fixtures.readings([.nai: 1800]) }, year: 2025)
        let aqi = Fixtures.series(Self.year) { Fixtures.readings([.aqi: $0.dayOfYear <= 100 ? 120 : 60]) }
        let sources = OxygenBarSummary.Sources(nai: "代表站 全部负氧离子站（1 个）", comfort: "代表站 延庆国家气象观测站 (54406)",
                                               airQuality: "代表站 延庆国家气象观测站 (54406)")
        let summary = OxygenBarSummary(year: 2025, naiMeans: [nai], comfort: ComfortOracleTests.months,
                                       airQuality: AirQualityShare(series: aqi, year: 2025), sources: sources)
        #expect(summary.criteria.map(\.status) == [.pass, .pass, .pass])
        #expect(summary.passes)
        #expect(summary.lines[1] == "负氧离子年平均浓度  要求 ≥ 1000 个/cm³  实测 1800 个/cm³（1/1 站有效）  达标  （代表站 全部负氧离子站（1 个））")
        #expect(summary.lines[2].hasSuffix("（代表站 延庆国家气象观测站 (54406)）"))
        #expect(summary.lines[2].contains("3 个月（6月、7月、8月）"))

        let poorAir = Fixtures.series(Self.year) { Fixtures.readings([.aqi: $0.dayOfYear <= 120 ? 120 : 60]) }
        let failing = OxygenBarSummary(year: 2025, naiMeans: [], comfort: Array(ComfortOracleTests.months.prefix(6)),
                                       airQuality: AirQualityShare(series: poorAir, year: 2025), sources: sources)
        #expect(failing.criteria.map(\.status) == [.noData, .noData, .fail])
        #expect(!failing.passes)
    }

    @Test func monthlyClimateFromDailyData() {
        let june = DateRange.month(6, of: 2025)
        let series = Fixtures.series(june) { date in
            date.day > 26 ? nil : Fixtures.readings([.temperature: 21.6, .humidity: 60, .windSpeed: 2.6, .sunshine: 265.0 / 30])
        }
        let climate = MonthlyClimate(series: series, year: 2025, month: 6)!
        let comfort = MonthlyComfort(climate)
        #expect(comfort.grade == .comfortable)
        #expect(!comfort.isDataValid)
        #expect(!comfort.isComfortable)
    }
}
