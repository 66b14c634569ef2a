/// A key stage of the crop (关键生育期) with its date window, weight `W_k` and indicators.
public struct CropStage: Hashable, Sendable, Codable {
    public let id: String
    /// As printed, e.g. `转色-成熟`; sentences append `期`.
    public let name: String
    /// First day of the window, inclusive.
    public let start: MonthDay
    /// Last day of the window, inclusive.
    public let end: MonthDay
    /// `W_k`; the stages' weights sum to 1.
    public let weight: Double
    public let indicators: [CropIndicator]

    public init(id: String, name: String, start: MonthDay, end: MonthDay, weight: Double, indicators: [CropIndicator]) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.weight = weight
        self.indicators = indicators
    }
}
