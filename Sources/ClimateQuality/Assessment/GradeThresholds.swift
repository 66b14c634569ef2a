import RegistryCore

/// The cut points from the climate-quality index to a grade.
///
/// 特优 ≥ 3.5, 优 ≥ 2.5, 良 ≥ 1.5, else 一般: quoted from 李德 et al. 2018 (砀山酥梨, [Q]) and recalled
/// for QX/T 486-2019 ([M]); standards.md §1.3. The index is rounded to 2 decimals before comparing.
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

    /// `score` rounded to 2 decimals, as certificates show it.
    public static func rounded(_ score: Double) -> Double { (score * 100).rounded() / 100 }

    /// The grade of an index (rounded to 2 decimals first; compared in whole hundredths, so 3.50 is
    /// 特优). Any score is graded without trapping: one that is not a number is 一般.
    public func grade(for score: Double) -> ClimateGrade {
        let hundredths = (score * 100).rounded()
        func cut(_ threshold: Double) -> Double { (threshold * 100).rounded() }
        if hundredths >= cut(excellent) { return .excellent }
        if hundredths >= cut(veryGood) { return .veryGood }
        if hundredths >= cut(good) { return .good }
        return .ordinary
    }
}
