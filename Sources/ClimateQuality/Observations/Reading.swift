/// One observed value with its quality flag.
public struct Reading: Hashable, Sendable, Codable {
    public var value: Double
    public var flag: QualityFlag

    public init(_ value: Double, flag: QualityFlag = .valid) {
        self.value = value
        self.flag = flag
    }

    /// The value when it may be used in statistics.
    public var validValue: Double? { flag.countsAsValid ? value : nil }
}
