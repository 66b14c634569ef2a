/// What carries the label: a farm product, a homestay or a dish.
public enum SubjectKind: String, Codable, Sendable, CaseIterable {
    case product
    case homestay
    case dish

    /// The Chinese name.
    public var chinese: String {
        switch self {
        case .product: "农产品"
        case .homestay: "民宿"
        case .dish: "菜品"
        }
    }

    /// The letter used in licence numbers (`YQYB-P-2025-0012`).
    public var licenceLetter: String {
        switch self {
        case .product: "P"
        case .homestay: "H"
        case .dish: "D"
        }
    }
}
