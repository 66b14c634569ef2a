/// One assessed stage: its days, weight, indicators and stage score `Σ w_i · s_i`.
public struct StageResult: Hashable, Sendable, Codable {
    public let id: String
    public let name: String
    public let window: DateRange
    public let weight: Double
    public let indicators: [IndicatorResult]

    public init(id: String, name: String, window: DateRange, weight: Double, indicators: [IndicatorResult]) {
        self.id = id
        self.name = name
        self.window = window
        self.weight = weight
        self.indicators = indicators
    }

    /// `Σ w_i · s_i`, or nil when an indicator could not be scored.
    public var score: Double? {
        var sum = 0.0
        for indicator in indicators {
            guard let score = indicator.score else { return nil }
            sum += indicator.weight * Double(score)
        }
        return sum
    }
}
