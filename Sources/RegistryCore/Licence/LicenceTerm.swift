/// 许可期限: one period of a licence's validity. The first runs from the grant; each renewal (续展)
/// adds the next, starting the day after the previous one ends.
public struct LicenceTerm: Codable, Sendable, Hashable {
    /// 1 for the term of the grant, then 2, 3, … for each renewal.
    public let number: Int
    public let from: Day
    public let until: Day
    /// The application that granted the term: the admission for the first, a renewal application after.
    public let applicationNumber: String
    /// The day the term was granted.
    public let grantedOn: Day
    /// For a product, the season (harvest year) the term covers.
    public let season: Int?

    public init(number: Int, from: Day, until: Day, applicationNumber: String, grantedOn: Day, season: Int?) {
        self.number = number
        self.from = from
        self.until = until
        self.applicationNumber = applicationNumber
        self.grantedOn = grantedOn
        self.season = season
    }

    /// Whether the day lies within the term.
    public func contains(_ day: Day) -> Bool {
        from <= day && day <= until
    }

    /// The term's dates in words, e.g. `第 2 期 2027-08-03 至 2028-08-02`.
    public var chinese: String {
        "第 \(number) 期 \(from) 至 \(until)\(season.map { "（\($0) 年度）" } ?? "")"
    }
}
