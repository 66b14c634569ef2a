/// How far a station outside the production area may be and still represent it.
///
/// Defaults are [D] (standards.md §1.5: QX/T 486 §3.2 could not be retrieved): at most 5 km
/// horizontal (haversine) and 100 m of height difference. DESIGN §5 reuses them for homestays.
public struct RepresentativenessRule: Hashable, Sendable, Codable {
    public let maximumDistance: Double
    public let maximumHeightDifference: Double
    /// Where the numbers come from, shown with every station choice.
    public let source: String

    public init(maximumDistance: Double, maximumHeightDifference: Double, source: String) {
        self.maximumDistance = maximumDistance
        self.maximumHeightDifference = maximumHeightDifference
        self.source = source
    }

    /// 5 km and 100 m, the registry's default.
    public static let districtDefault = RepresentativenessRule(
        maximumDistance: 5_000, maximumHeightDifference: 100,
        source: "standards.md §1.5 [D]: ≤ 5 km horizontal, ≤ 100 m height difference (QX/T 486 §3.2 not retrieved)")
}
