import Testing
@testable import ClimateQuality

@Suite struct CivilDateTests {
    @Test func dayNumbersRoundTrip() {
        let date = CivilDate(year: 2024, month: 2, day: 29)!
        #expect(CivilDate(dayNumber: date.dayNumber) == date)
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(date.adding(days: 1) == CivilDate(year: 2024, month: 3, day: 1))
        #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 12, day: 31)!.dayOfYear == 366)
    }

    @Test func hourNumbersRoundTripBeforeAndAfter1970() {
        #expect(ObservationHour(hourNumber: -1).description == "1969-12-31T23:00")
        #expect(ObservationHour(hourNumber: -24).description == "1969-12-31T00:00")
        #expect(ObservationHour(hourNumber: -25).description == "1969-12-30T23:00")
        #expect(ObservationHour(hourNumber: 0).description == "1970-01-01T00:00")
        for number in [-700_000, -8_761, -1, 0, 23, 24, 500_000] {
            #expect(ObservationHour(hourNumber: number).hourNumber == number)
        }
    }

    @Test func anyScoreIsGradedWithoutTrapping() {
        let thresholds = GradeThresholds.standard
        #expect(thresholds.grade(for: 3.5) == .excellent)
        #expect(thresholds.grade(for: 3.49) == .veryGood)
        #expect(thresholds.grade(for: 1e308) == .excellent)
        #expect(thresholds.grade(for: -1e308) == .ordinary)
        #expect(thresholds.grade(for: .nan) == .ordinary)
        #expect(thresholds.grade(for: .infinity) == .excellent)
    }
}
