/// The validity of a year: at least the required valid days and every month valid (§2.4 [D]).
public struct AnnualValidity: Hashable, Sendable, Codable {
    public let year: PeriodValidity
    /// January to December.
    public let months: [PeriodValidity]

    public init(year: PeriodValidity, months: [PeriodValidity]) {
        self.year = year
        self.months = months
    }

    public var isValid: Bool { year.isValid && months.allSatisfy(\.isValid) }

    /// The numbers (1–12) of the months without enough valid days.
    public var invalidMonths: [Int] { months.indices.filter { !months[$0].isValid }.map { $0 + 1 } }

    /// `有效 330/365 天（需 324），无效月份：2、7`.
    public var summary: String {
        let months = invalidMonths.isEmpty ? "" : "，无效月份：" + invalidMonths.map(String.init).joined(separator: "、")
        return "有效 \(year.coverage.validDays)/\(year.coverage.period.dayCount) 天（需 \(year.requiredValidDays)）\(months)"
    }
}
