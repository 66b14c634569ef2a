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
}
