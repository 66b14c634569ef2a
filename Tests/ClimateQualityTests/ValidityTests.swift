import Testing
@testable import ClimateQuality

@Suite struct ValidityTests {
    static let rules = ValidityRules.standard

    /// NAI daily series in which the listed days are missing.
    static func series(missing: Set<CivilDate>, in range: DateRange) -> DailySeries {
        Fixtures.series(range) { missing.contains($0) ? nil : Fixtures.readings([.nai: 1200]) }
    }

    @Test func aMonthWith26ValidDaysIsInvalid() {
        let june = DateRange.month(6, of: 2025)
        let missing = Set(june.days.prefix(4))
        let validity = Self.rules.monthValidity(of: .nai, in: Self.series(missing: missing, in: june), month: 6, year: 2025)
        #expect(validity.coverage.validDays == 26)
        #expect(!validity.isValid)
        #expect(validity.coverage.gaps == [DateRange(first: Fixtures.date("2025-06-01"), last: Fixtures.date("2025-06-04"))])
        let one = Self.rules.monthValidity(of: .nai, in: Self.series(missing: Set(june.days.prefix(3)), in: june), month: 6, year: 2025)
        #expect(one.isValid)
    }

    @Test func februaryWith25ValidDaysIsValid() {
        let february = DateRange.month(2, of: 2025)
        let valid = Self.rules.monthValidity(of: .nai, in: Self.series(missing: Set(february.days.suffix(3)), in: february),
                                             month: 2, year: 2025)
        #expect(valid.coverage.validDays == 25)
        #expect(valid.isValid)
        let invalid = Self.rules.monthValidity(of: .nai, in: Self.series(missing: Set(february.days.suffix(4)), in: february),
                                               month: 2, year: 2025)
        #expect(!invalid.isValid)
    }

    @Test func aYearNeeds324ValidDaysAndEveryMonth() {
        let year = DateRange.year(2025)
        // Three days missing in each month: 365 − 36 = 329 valid days, every month valid.
        let spread = Set(year.days.filter { $0.day <= 3 })
        #expect(Self.rules.annualValidity(of: .nai, in: Self.series(missing: spread, in: year), year: 2025).isValid)
        // 41 days missing (324 valid) and every month valid is still valid; 42 is not.
        let more = spread.union(year.days.filter { [1, 3, 5, 7, 8].contains($0.month) && $0.day == 4 })
        let validity = Self.rules.annualValidity(of: .nai, in: Self.series(missing: more, in: year), year: 2025)
        #expect(validity.year.coverage.validDays == 324)
        #expect(validity.isValid)
        let tooFew = more.union([Fixtures.date("2025-10-04")])
        #expect(!Self.rules.annualValidity(of: .nai, in: Self.series(missing: tooFew, in: year), year: 2025).isValid)
        // One invalid month makes the year invalid even with enough days.
        let julyGap = Set(DateRange.month(7, of: 2025).days.prefix(5))
        let oneMonth = Self.rules.annualValidity(of: .nai, in: Self.series(missing: julyGap, in: year), year: 2025)
        #expect(oneMonth.year.isValid)
        #expect(oneMonth.invalidMonths == [7])
        #expect(!oneMonth.isValid)
    }

    static func hours(validHours: Int, minutes: Int? = nil) -> [HourlyObservation] {
        (0..<24).map { hour in
            var readings = Fixtures.readings([.temperature: Double(hour), .precipitation: 0.5])
            if hour >= validHours { readings.temperature?.flag = .stuck }
            return HourlyObservation(stationID: "S1", time: ObservationHour(date: Fixtures.date("2025-06-01"), hour: hour)!,
                                     validMinutes: hour == 0 ? minutes : nil, readings: readings)
        }
    }

    @Test func aDayNeeds20ValidHours() {
        let aggregator = DailyAggregator()
        let twenty = aggregator.aggregate(Self.hours(validHours: 20))[0].readings
        #expect(twenty.temperature == Reading(9.5, flag: .valid))
        #expect(twenty.maximumTemperature == Reading(19, flag: .valid))
        #expect(twenty.minimumTemperature == Reading(0, flag: .valid))
        #expect(twenty.precipitation == Reading(12, flag: .valid))
        let nineteen = aggregator.aggregate(Self.hours(validHours: 19))[0].readings
        #expect(nineteen.temperature?.flag == .incomplete)
        #expect(nineteen.precipitation?.flag == .valid)
    }

    @Test func anHourNeeds45ValidMinutes() {
        let aggregator = DailyAggregator()
        let short = aggregator.aggregate(Self.hours(validHours: 20, minutes: 44))[0].readings
        #expect(short.temperature?.flag == .incomplete)
        #expect(short.precipitation == Reading(11.5, flag: .valid))
        let enough = aggregator.aggregate(Self.hours(validHours: 20, minutes: 45))[0].readings
        #expect(enough.temperature?.flag == .valid)
    }
}
