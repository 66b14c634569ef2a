/// Where a climate-quality certificate stands: issued, then expired (derived from the date) or revoked.
public enum CertificateStatus: String, Codable, Sendable, CaseIterable {
    case issued
    case expired
    case revoked

    /// The Chinese word, as on the certificate page.
    public var chinese: String {
        switch self {
        case .issued: "有效"
        case .expired: "已过期"
        case .revoked: "已撤销"
        }
    }
}
