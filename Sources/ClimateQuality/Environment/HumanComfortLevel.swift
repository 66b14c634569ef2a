/// The 9 levels of the human comfort index I_BC (QX/T 570-2020; standards.md §3.2 [C]).
public struct HumanComfortLevel: Hashable, Sendable, Codable {
    /// 1 (寒冷，极不适应) … 9 (很热，极不适应); 4–6 are comfortable, 5 the most.
    public let level: Int

    /// Upper bounds (inclusive) of levels 1–8; above 85 is level 9.
    private static let upperBounds = [25, 38, 50, 58, 70, 75, 79, 85]

    public init(index: Int) {
        level = (Self.upperBounds.firstIndex { index <= $0 } ?? 8) + 1
    }

    public var feeling: String {
        ["寒冷，极不适应", "很冷，很不舒适", "较冷，不舒适", "略偏凉，较舒适", "最舒适", "偏暖，较舒适", "偏热，不舒适",
         "炎热，很不舒适", "很热，极不适应"][level - 1]
    }

    /// Levels 4–6 (I_BC 51–75).
    public var isComfortable: Bool { (4...6).contains(level) }
}
