/// A kind of major meteorological disaster (重大气象灾害) recorded against a season.
public enum DisasterKind: String, Hashable, Sendable, Codable, CaseIterable {
    case hail
    case frost
    case prolongedRain
    case rainstorm
    case drought
    case heatWave
    case gale

    public var chinese: String {
        switch self {
        case .hail: "冰雹"
        case .frost: "霜冻"
        case .prolongedRain: "连阴雨"
        case .rainstorm: "暴雨洪涝"
        case .drought: "干旱"
        case .heatWave: "高温热害"
        case .gale: "大风"
        }
    }
}
