/// One indicator of a stage: what is computed, its weight `w_{k,i}` and its scoring bands.
public struct CropIndicator: Hashable, Sendable, Codable {
    public let id: String
    /// Short name used in tables and sentences, e.g. `日较差`.
    public let name: String
    public let kind: IndicatorKind
    /// The element counted by `daysAtOrBelow` / `daysAtOrAbove`.
    public let element: ObservationElement?
    /// The threshold of `activeAccumulatedTemperature` (℃), `rainDays` (mm), `daysAtOrBelow` / `daysAtOrAbove`.
    public let threshold: Double?
    /// `w_{k,i}`; the weights in a stage sum to 1.
    public let weight: Double
    /// Bands covering every value exactly once, in increasing order.
    public let bands: [ScoreBand]

    public init(id: String, name: String, kind: IndicatorKind, element: ObservationElement? = nil,
                threshold: Double? = nil, weight: Double, bands: [ScoreBand]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.element = element
        self.threshold = threshold
        self.weight = weight
        self.bands = bands
    }

    /// The band `value` falls in, decided on the value as printed (`kind.decimals`, `PrintedFigure`): a
    /// mean daily maximum of 24.96 ℃ prints 25.0 ℃ and falls in [25, 28).
    public func band(for value: Double) -> ScoreBand? {
        let printed = PrintedFigure.rounded(value, places: kind.decimals)
        return bands.first { $0.contains(printed) }
    }
}
