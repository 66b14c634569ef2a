/// The reason categories of a climate-quality certificate's revocation, shown to the public beside the
/// date (the full reason stays in the registry and the audit trail).
public enum CertificateRevocationReason: String, Codable, Sendable, CaseIterable {
    case falseDeclaration
    case dataError
    case qualityIncident
    case holderRequest
    case other

    public var chinese: String {
        switch self {
        case .falseDeclaration: "申报信息与实际不符"
        case .dataError: "观测资料或评估有误"
        case .qualityIncident: "产品质量或食品安全问题"
        case .holderRequest: "持证主体申请撤回"
        case .other: "其他"
        }
    }

    public var english: String {
        switch self {
        case .falseDeclaration: "declared facts do not match reality"
        case .dataError: "observations or assessment in error"
        case .qualityIncident: "product quality or food-safety problem"
        case .holderRequest: "withdrawn at the holder's request"
        case .other: "other"
        }
    }
}
