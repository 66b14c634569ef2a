import Testing
@testable import ClimateQuality

/// standards.md §5.2: the synthetic valley normals and the THI, K and I_BC values listed there.
@Suite struct ComfortOracleTests {
    static let temperature = [-8.0, -4.0, 2.8, 11.0, 17.3, 21.6, 23.5, 22.0, 16.8, 9.3, 0.9, -6.3]
    static let sunshine = [200.0, 205, 255, 270, 300, 265, 220, 225, 240, 236, 200, 190]
    static let humidity = [45.0, 45, 44, 44, 49, 60, 74, 77, 70, 60, 54, 48]
    static let wind = [2.6, 2.9, 3.3, 3.6, 3.2, 2.6, 2.1, 1.9, 2.1, 2.4, 2.7, 2.6]

    static let months = (1...12).map { month in
        MonthlyComfort(MonthlyClimate(month: month, meanTemperature: temperature[month - 1],
                                      meanHumidity: humidity[month - 1], meanWindSpeed: wind[month - 1],
                                      sunshineHours: sunshine[month - 1]))
    }

    @Test(arguments: [
        (5, 16.5, ComfortGrade.cool, -312.0, ComfortGrade.cool, 56),
        (6, 20.0, .comfortable, -198, .comfortable, 63),
        (7, 22.2, .comfortable, -156, .comfortable, 67),
        (8, 21.0, .comfortable, -184, .comfortable, 65),
        (9, 16.4, .cool, -302, .cool, 57),
    ])
    func listedMonths(month: Int, thi: Double, thiGrade: ComfortGrade, k: Double, kGrade: ComfortGrade, ibc: Int) {
        let comfort = Self.months[month - 1]
        #expect((comfort.temperatureHumidityIndex * 10).rounded() / 10 == thi)
        #expect(comfort.temperatureHumidityGrade == thiGrade)
        #expect(comfort.windEffectIndex.rounded() == k)
        #expect(comfort.windEffectGrade == kGrade)
        #expect(comfort.humanComfortIndex == ibc)
    }

    @Test func otherMonthsAreCold() {
        for comfort in Self.months where ![5, 6, 7, 8, 9].contains(comfort.climate.month) {
            #expect(comfort.temperatureHumidityIndex < 14)
            #expect(comfort.temperatureHumidityGrade == .cold)
            #expect(comfort.windEffectIndex < -400)
            #expect(comfort.windEffectGrade == .cold)
            #expect(comfort.humanComfortIndex <= 48)
        }
    }

    @Test func threeComfortableMonthsAndFiveInTheIBCRange() {
        #expect(Self.months.filter(\.isComfortable).map(\.climate.month) == [6, 7, 8])
        #expect(Self.months.filter(\.humanComfortLevel.isComfortable).map(\.climate.month) == [5, 6, 7, 8, 9])
    }

    @Test func combinedGradeTakesTheIndexFurtherFromComfortable() {
        #expect(ComfortGrade.combined(thi: .comfortable, windEffect: .cool) == .cool)
        #expect(ComfortGrade.combined(thi: .sultry, windEffect: .cool) == .sultry)
        #expect(ComfortGrade.combined(thi: .warm, windEffect: .cool) == .warm)
    }
}
