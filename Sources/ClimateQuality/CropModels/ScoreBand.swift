/// A scoring band: values in `[from, to)` score `score` (4 最适宜, 3 适宜, 2 次适宜, 1 不适宜; §1.3).
/// A missing bound is open (−∞ or +∞).
public struct ScoreBand: Hashable, Sendable, Codable {
    public let score: Int
    /// Lower bound, inclusive.
    public let from: Double?
    /// Upper bound, exclusive.
    public let to: Double?

    public init(score: Int, from: Double? = nil, to: Double? = nil) {
        self.score = score
        self.from = from
        self.to = to
    }

    public func contains(_ value: Double) -> Bool {
        (from.map { value >= $0 } ?? true) && (to.map { value < $0 } ?? true)
    }

    /// `[20, 25)`, `< 16`, `≥ 29`.
    public var description: String {
        switch (from, to) {
        case let (from?, to?): "[\(Self.number(from)), \(Self.number(to)))"
        case let (nil, to?): "< \(Self.number(to))"
        case let (from?, nil): "≥ \(Self.number(from))"
        case (nil, nil): "全部"
        }
    }

    private static func number(_ value: Double) -> String {
        Formatting.decimal(value, places: value.rounded() == value ? 0 : 1)
    }
}
