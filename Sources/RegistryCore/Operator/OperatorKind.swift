/// What kind of business an operator is.
public enum OperatorKind: String, Codable, Sendable, CaseIterable {
    case farm = "farm"
    case cooperative = "cooperative"
    case company = "company"
    case homestay = "homestay"
    case restaurant = "restaurant"
    case individual = "individual"

    /// The Chinese name shown to staff and the public.
    public var chinese: String {
        switch self {
        case .farm: "家庭农场"
        case .cooperative: "农民专业合作社"
        case .company: "企业"
        case .homestay: "民宿"
        case .restaurant: "餐饮企业"
        case .individual: "个体工商户"
        }
    }

    /// Parses the code name or the Chinese name.
    public init?(name: String) {
        guard let kind = OperatorKind.allCases.first(where: { $0.rawValue == name.lowercased() || $0.chinese == name }) else { return nil }
        self = kind
    }
}
