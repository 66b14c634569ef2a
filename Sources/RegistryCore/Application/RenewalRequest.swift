/// What makes an application a renewal (续展): the licence it renews, the term it follows, and the new
/// term's dates, fixed when the application is made.
public struct RenewalRequest: Codable, Sendable, Hashable {
    public let licenceNumber: String
    /// The number of the term it renews: the licence's last term when the application was made.
    public let renewsTerm: Int
    /// The new term: from the day after the renewed term ends, for one validity period of its kind.
    public let from: Day
    public let until: Day
    /// For a product, the season the new term covers (the one after the renewed term's).
    public let season: Int?

    public init(licenceNumber: String, renewsTerm: Int, from: Day, until: Day, season: Int?) {
        self.licenceNumber = licenceNumber
        self.renewsTerm = renewsTerm
        self.from = from
        self.until = until
        self.season = season
    }
}
