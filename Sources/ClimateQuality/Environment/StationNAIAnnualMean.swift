/// A station's annual mean NAI concentration (standards.md §2.4 [D]): the mean of the valid daily
/// means of the year, valid when the year has ≥ 324 valid days and every month is valid.
public struct StationNAIAnnualMean: Hashable, Sendable, Codable {
    public let stationID: String
    public let year: Int
    /// Mean of the valid daily means, ions per cm³; nil when no day is valid.
    public let mean: Double?
    public let validity: AnnualValidity
    /// The grade of `mean` in `table`, when the year is valid.
    public let level: NAIGradeLevel?
    public let table: NAIGradeTable

    /// Computes the annual mean of `year` from a station's daily rows.
    public init(series: DailySeries, year: Int, rules: ValidityRules = .standard, table: NAIGradeTable = .lyt2586) {
        let values = series.validValues(.nai, in: .year(year))
        stationID = series.stationID
        self.year = year
        mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        validity = rules.annualValidity(of: .nai, in: series, year: year)
        level = validity.isValid ? mean.map(table.level(for:)) : nil
        self.table = table
    }

    /// Reads a stored mean and grades it again with its table, so that a stored level always follows
    /// the current grading rule.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stationID = try container.decode(String.self, forKey: .stationID)
        year = try container.decode(Int.self, forKey: .year)
        mean = try container.decodeIfPresent(Double.self, forKey: .mean)
        validity = try container.decode(AnnualValidity.self, forKey: .validity)
        table = try container.decode(NAIGradeTable.self, forKey: .table)
        level = validity.isValid ? mean.map(table.level(for:)) : nil
    }

    /// Whether the mean may be used (for a town, a homestay, the district).
    public var isValid: Bool { validity.isValid && mean != nil }

    /// The mean only when valid.
    public var validMean: Double? { isValid ? mean : nil }
}
