/// The grade of a climate-quality certificate (气候品质等级), best first.
///
/// Only 特优, 优 and 良 may be printed on a label; 一般 is certified but not labelled.
public enum ClimateGrade: String, Codable, Sendable, CaseIterable, Comparable {
    case excellent = "特优"
    case veryGood = "优"
    case good = "良"
    case ordinary = "一般"

    /// The Chinese name, as printed.
    public var chinese: String { rawValue }

    /// The English name, for `?lang=en` pages and the CLI.
    public var english: String {
        switch self {
        case .excellent: "Excellent"
        case .veryGood: "Very good"
        case .good: "Good"
        case .ordinary: "Ordinary"
        }
    }

    /// Whether a label may show this grade.
    public var isLabelled: Bool { self != .ordinary }

    private var rank: Int {
        switch self {
        case .excellent: 4
        case .veryGood: 3
        case .good: 2
        case .ordinary: 1
        }
    }

    /// A grade is "less" than another when it is worse.
    public static func < (lhs: ClimateGrade, rhs: ClimateGrade) -> Bool { lhs.rank < rhs.rank }

    /// Parses a Chinese or English grade name (`特优`, `excellent`, …).
    public init?(name: String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let grade = ClimateGrade.allCases.first(where: {
            $0.rawValue == trimmed || $0.english.lowercased() == trimmed || "\($0)".lowercased() == trimmed
        }) else { return nil }
        self = grade
    }
}
