/// The certifying body's settings ([default] values, `Schemas/rules/certification.json`): who issues
/// climate-quality certificates, how long they are valid unless a crop model says otherwise, and the
/// earliest year of the observations the registry takes.
public struct CertificationPolicy: Codable, Sendable, Hashable {
    /// The version of the file, recorded with each certificate.
    public var version: String
    public var status: String
    /// The issuing body as printed, e.g. `延庆区气象局`.
    public var issuer: String
    public var validity: CertificateValidity
    /// The earliest year an imported observation may be dated; the latest day is tomorrow by the
    /// registry's clock.
    public var earliestObservationYear: Int

    public init(version: String, status: String, issuer: String, validity: CertificateValidity, earliestObservationYear: Int) {
        self.version = version
        self.status = status
        self.issuer = issuer
        self.validity = validity
        self.earliestObservationYear = earliestObservationYear
    }
}
