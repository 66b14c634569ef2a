/// The certifying body's settings ([default] values, `Schemas/rules/certification.json`): who issues
/// climate-quality certificates and how long they are valid unless a crop model says otherwise.
public struct CertificationPolicy: Codable, Sendable, Hashable {
    /// The version of the file, recorded with each certificate.
    public var version: String
    public var status: String
    /// The issuing body as printed, e.g. `延庆区气象局`.
    public var issuer: String
    public var validity: CertificateValidity

    public init(version: String, status: String, issuer: String, validity: CertificateValidity) {
        self.version = version
        self.status = status
        self.issuer = issuer
        self.validity = validity
    }
}
