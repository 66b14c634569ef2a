/// The 5 grades of GB/T 27963-2011 (standards.md §3.1), for THI, K and their combination.
public enum ComfortGrade: Int, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case cold = 1
    case cool = 2
    case comfortable = 3
    case warm = 4
    case sultry = 5

    /// The decimals THI and K are printed and graded with, as the standard's tables are written.
    public static let places = 1

    public var chinese: String {
        switch self {
        case .cold: "寒冷"
        case .cool: "冷"
        case .comfortable: "舒适"
        case .warm: "热"
        case .sultry: "闷热"
        }
    }

    /// THI classes [C]: < 14; 14–17; 17–25.4 (both inclusive); 25.4–27.5; > 27.5, decided on the index
    /// as printed (one decimal, `PrintedFigure`): 13.988 prints 14.0 and is 冷.
    public init(temperatureHumidityIndex index: Double) {
        self = switch PrintedFigure.rounded(index, places: Self.places) {
        case ..<14: .cold
        case ..<17: .cool
        case ...25.4: .comfortable
        case ...27.5: .warm
        default: .sultry
        }
    }

    /// K classes [S, consistent with THI]: < −400; −400…−300; −300…−100 (both inclusive); −100…−10; > −10,
    /// decided on the index as printed (one decimal).
    public init(windEffectIndex index: Double) {
        self = switch PrintedFigure.rounded(index, places: Self.places) {
        case ..<(-400): .cold
        case ..<(-300): .cool
        case ...(-100): .comfortable
        case ...(-10): .warm
        default: .sultry
        }
    }

    /// The month's grade from both indices, [D] (the standard's rule was not retrieved): the grade
    /// further from 舒适; on a tie, the THI grade.
    public static func combined(thi: ComfortGrade, windEffect: ComfortGrade) -> ComfortGrade {
        abs(windEffect.rawValue - 3) > abs(thi.rawValue - 3) ? windEffect : thi
    }

    public static func < (lhs: ComfortGrade, rhs: ComfortGrade) -> Bool { lhs.rawValue < rhs.rawValue }
}
