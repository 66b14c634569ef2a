/// The reason categories of a climate-quality certificate's revocation, which its page, report and API
/// show beside the day, and the labels of the licences resting on it as the reason they are suspended.
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
}
