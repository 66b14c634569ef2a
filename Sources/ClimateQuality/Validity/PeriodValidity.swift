/// Whether a month or a year has enough valid days.
public struct PeriodValidity: Hashable, Sendable, Codable {
    public let coverage: DataCoverage
    public let requiredValidDays: Int

    public init(coverage: DataCoverage, requiredValidDays: Int) {
        self.coverage = coverage
        self.requiredValidDays = requiredValidDays
    }

    public var isValid: Bool { coverage.validDays >= requiredValidDays }
}
