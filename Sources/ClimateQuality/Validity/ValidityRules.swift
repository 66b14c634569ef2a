/// When data count as valid (standards.md §2.4 and §1.5).
///
/// The hour/day/month/year thresholds are [D]: borrowed from the data-validity table of GB 3095-2012
/// ([M]), because LY/T 2586's "数据处理方法" could not be retrieved. The stage-completeness rule is [D]
/// (§1.5; QX/T 486 §3.2 not retrieved). Gaps are reported, never filled.
public struct ValidityRules: Sendable, Hashable, Codable {
    /// An hour needs at least this many valid minutes (45).
    public var minimumValidMinutesPerHour: Int
    /// A day needs at least this many valid hours (20).
    public var minimumValidHoursPerDay: Int
    /// A month needs at least this many valid days (27)…
    public var minimumValidDaysPerMonth: Int
    /// …except February (25).
    public var minimumValidDaysInFebruary: Int
    /// A year needs this many valid days (324) and every month valid.
    public var minimumValidDaysPerYear: Int
    /// A crop stage needs this share of valid days for each indicator (0.9).
    public var minimumStageCompleteness: Double
    /// …and no run of missing days longer than this (3).
    public var maximumStageGapDays: Int
    public var source: String

    /// The registry's defaults.
    public static let standard = ValidityRules(
        minimumValidMinutesPerHour: 45, minimumValidHoursPerDay: 20, minimumValidDaysPerMonth: 27,
        minimumValidDaysInFebruary: 25, minimumValidDaysPerYear: 324, minimumStageCompleteness: 0.9,
        maximumStageGapDays: 3,
        source: "standards.md §2.4 [D] (GB 3095-2012 data-validity table [M]) and §1.5 [D]")

    /// The valid days `month` needs.
    public func minimumValidDays(inMonth month: Int) -> Int {
        month == 2 ? minimumValidDaysInFebruary : minimumValidDaysPerMonth
    }

    /// Whether an hourly reading counts: valid flag and enough valid minutes (missing count = 60).
    public func isValid(_ reading: Reading?, validMinutes: Int?) -> Bool {
        guard let reading, reading.flag.countsAsValid else { return false }
        return (validMinutes ?? 60) >= minimumValidMinutesPerHour
    }

    /// The validity of `element` in calendar month `month` of `year`.
    public func monthValidity(of element: ObservationElement, in series: DailySeries, month: Int, year: Int) -> PeriodValidity {
        let coverage = series.coverage(of: [element], in: .month(month, of: year))
        return PeriodValidity(coverage: coverage, requiredValidDays: minimumValidDays(inMonth: month))
    }

    /// The validity of `element` over calendar year `year`: enough valid days and every month valid.
    public func annualValidity(of element: ObservationElement, in series: DailySeries, year: Int) -> AnnualValidity {
        AnnualValidity(
            year: PeriodValidity(coverage: series.coverage(of: [element], in: .year(year)),
                                 requiredValidDays: minimumValidDaysPerYear),
            months: (1...12).map { monthValidity(of: element, in: series, month: $0, year: year) })
    }

    /// Whether a crop stage's data suffice for an indicator (§1.5 [D]).
    public func stageIsComplete(_ coverage: DataCoverage) -> Bool {
        coverage.completeness >= minimumStageCompleteness && coverage.longestGap <= maximumStageGapDays
    }
}
