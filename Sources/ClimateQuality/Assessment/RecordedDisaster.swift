/// A major meteorological disaster recorded for the production area (by the bureau or a field survey).
public struct RecordedDisaster: Hashable, Sendable, Codable {
    public let kind: DisasterKind
    public let period: DateRange
    /// What happened, e.g. `冰雹，果面受损约 30%`.
    public let description: String
    /// Who recorded it, e.g. `区气象局灾情报告 2025-08-12`.
    public let source: String

    public init(kind: DisasterKind, period: DateRange, description: String, source: String) {
        self.kind = kind
        self.period = period
        self.description = description
        self.source = source
    }
}
