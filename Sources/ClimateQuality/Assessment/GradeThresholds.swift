import RegistryCore

/// The cut points from the climate-quality index to a grade.
///
/// 特优 ≥ 3.5, 优 ≥ 2.5, 良 ≥ 1.5, else 一般: quoted from 李德 et al. 2018 (砀山酥梨, [Q]) and recalled
/// for QX/T 486-2019 ([M]); standards.md §1.3. The index is graded as certificates print it: rounded
/// half away from zero to 2 decimals (`PrintedFigure`).
public struct GradeThresholds: Hashable, Sendable, Codable {
    public let excellent: Double
    public let veryGood: Double
    public let good: Double
    public let source: String

    public init(excellent: Double, veryGood: Double, good: Double, source: String) {
        self.excellent = excellent
        self.veryGood = veryGood
        self.good = good
        self.source = source
    }

    public static let standard = GradeThresholds(
        excellent: 3.5, veryGood: 2.5, good: 1.5,
        source: "standards.md §1.3: 李德 et al. 2018 中国生态农业学报 26(12) [Q]; QX/T 486-2019 [M]")

    /// The decimals of the index on certificates, reports and pages.
    public static let places = 2

    /// `score` rounded to 2 decimals, as certificates show it.
    public static func rounded(_ score: Double) -> Double { PrintedFigure.rounded(score, places: places) }

    /// `3.50`: the index as printed.
    public static func text(_ score: Double) -> String { PrintedFigure.text(score, places: places) }

    /// The grade of an index as printed (rounded to 2 decimals first, so 3.495 prints 3.50 and is
    /// 特优). Any score is graded without trapping: one that is not a number is 一般.
    public func grade(for score: Double) -> ClimateGrade {
        let printed = Self.rounded(score)
        if printed >= Self.rounded(excellent) { return .excellent }
        if printed >= Self.rounded(veryGood) { return .veryGood }
        if printed >= Self.rounded(good) { return .good }
        return .ordinary
    }
}
