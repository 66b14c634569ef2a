/// How long a climate-quality certificate is valid: until a day of the year (`08-31`), a number of
/// years after the season's year. One season ([default]: until 31 August of the next year), kept in
/// configuration (`Schemas/rules/certification.json`, or a crop model's own `certificateValidity`).
public struct CertificateValidity: Codable, Sendable, Hashable {
    public let month: Int
    public let day: Int
    public let yearsAfterSeason: Int

    /// Refuses a month-day that does not exist in a common year, and more than 3 years.
    public init(month: Int, day: Int, yearsAfterSeason: Int) throws {
        guard let date = Day(year: 2023, month: month, day: day), (0...3).contains(yearsAfterSeason) else {
            throw FieldError.invalid(field: FieldName("证书有效期", "certificate validity"),
                                     chinese: "应为 MM-DD 和 0–3 年", english: "expected MM-DD and 0 to 3 years")
        }
        self.month = date.month
        self.day = date.day
        self.yearsAfterSeason = yearsAfterSeason
    }

    /// The last valid day of a certificate for the season ending in `season`.
    public func validUntil(season: Int) -> Day {
        Day(year: season + yearsAfterSeason, month: month, day: day)!
    }

    private enum CodingKeys: String, CodingKey {
        case until, yearsAfterSeason
    }

    /// Reads `{"until": "08-31", "yearsAfterSeason": 1}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let until = try container.decode(String.self, forKey: .until)
        let parts = until.split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let month = Int(parts[0]), let day = Int(parts[1]) else {
            throw DecodingError.dataCorruptedError(forKey: .until, in: container, debugDescription: "not MM-DD: \(until)")
        }
        do {
            try self.init(month: month, day: day, yearsAfterSeason: try container.decode(Int.self, forKey: .yearsAfterSeason))
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .until, in: container, debugDescription: "\(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)", forKey: .until)
        try container.encode(yearsAfterSeason, forKey: .yearsAfterSeason)
    }
}
