import RegistryCore

/// Everything one printed label shows.
public struct LabelContent: Sendable, Hashable {
    /// Brand line and slogan.
    public var brand: LabelBrand
    /// The product, homestay or dish, e.g. `延庆葡萄（玫瑰香）`.
    public var subject: String
    /// The operator (经营主体) holding the licence.
    public var operatorName: String
    /// The town or township, e.g. `张山营镇`.
    public var town: String
    /// The climate-quality grade; printed only when it is 特优, 优 or 良.
    public var grade: ClimateGrade?
    /// The licence or certificate number, e.g. `YQYB-P-2025-0012`.
    public var documentNumber: String
    /// What the QR code points to; it carries the label code.
    public var link: VerificationLink
    /// The host of the verification URL.
    public var host: VerificationHost

    public init(
        brand: LabelBrand, subject: String, operatorName: String, town: String, grade: ClimateGrade?,
        documentNumber: String, link: VerificationLink, host: VerificationHost
    ) {
        self.brand = brand
        self.subject = subject
        self.operatorName = operatorName
        self.town = town
        self.grade = grade
        self.documentNumber = documentNumber
        self.link = link
        self.host = host
    }

    /// The label code.
    public var code: LabelCode { link.code }

    /// The URL encoded in the QR code.
    public var verificationURL: String { link.url(on: host) }

    /// The grade as printed, or nil when the label shows none.
    public var printedGrade: ClimateGrade? { grade.flatMap { $0.isLabelled ? $0 : nil } }
}
