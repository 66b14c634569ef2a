/// One indicator of an assessed stage: the value, the band it fell in, the score and weight, and the
/// data behind it.
public struct IndicatorResult: Hashable, Sendable, Codable {
    public let id: String
    public let name: String
    public let kind: IndicatorKind
    /// nil when no day of the stage had valid data.
    public let value: Double?
    public let band: ScoreBand?
    /// 4/3/2/1, or nil when the data are not sufficient.
    public let score: Int?
    public let weight: Double
    public let coverage: DataCoverage
    /// Whether the data meet the stage-completeness rule; only then is the value scored.
    public let isDataSufficient: Bool
    /// The optimum band (score 4), for charts and reports.
    public let optimum: ScoreBand?

    public init(id: String, name: String, kind: IndicatorKind, value: Double?, band: ScoreBand?, score: Int?,
                weight: Double, coverage: DataCoverage, isDataSufficient: Bool, optimum: ScoreBand?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.value = value
        self.band = band
        self.score = score
        self.weight = weight
        self.coverage = coverage
        self.isDataSufficient = isDataSufficient
        self.optimum = optimum
    }

    /// `11.8 ℃`, `362 小时`, or `—`; a no-break space keeps the unit on the figure's line.
    public var formattedValue: String {
        value.map { "\(PrintedFigure.text($0, places: kind.decimals))\u{00A0}\(kind.unit)" } ?? "—"
    }
}
