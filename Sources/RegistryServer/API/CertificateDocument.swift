import RegistryCore

/// A climate-quality certificate as JSON: what it certifies, the grade and score in force (and the
/// computed ones beside an expert's change), the station, validity, issuer and status, with links to
/// its report page and PDF.
struct CertificateDocument: Encodable {
    let certificateNumber: String
    let product: String
    let crop: String
    let cropModel: String
    let holder: String
    let plot: String
    let season: Int
    let seasonPeriod: String
    let grade: ClimateGrade
    let score: Double
    let computedGrade: ClimateGrade
    let computedScore: Double
    let override: Override?
    let station: Station
    let dataCompleteness: String
    let issuedOn: Day
    let validUntil: Day
    let issuer: String
    let status: CertificateStatus
    let revocation: Revocation?
    let page: String
    let pdf: String
    let api: String

    /// An expert's change of the score: the new score and grade, who, why and when.
    struct Override: Encodable {
        let score: Double
        let grade: ClimateGrade
        let expert: String
        let reason: String
        let on: Day
    }

    struct Station: Encodable {
        let id: String
        let name: String
    }

    /// When and why the certificate was revoked: the category the public sees, in code and in Chinese,
    /// and the reason as recorded (not who).
    struct Revocation: Encodable {
        let on: Day
        let category: CertificateRevocationReason
        let categoryChinese: String
        let reason: String
    }

    init(_ certificate: ClimateCertificate, holder: String, status: CertificateStatus) {
        certificateNumber = certificate.number
        product = certificate.product
        crop = certificate.crop
        cropModel = certificate.cropModel
        self.holder = holder
        plot = certificate.plot
        season = certificate.season
        seasonPeriod = certificate.seasonPeriod
        grade = certificate.grade
        score = certificate.score
        computedGrade = certificate.computedGrade
        computedScore = certificate.computedScore
        override = certificate.override.map { Override(score: $0.score, grade: $0.grade, expert: $0.expert, reason: $0.reason, on: $0.on) }
        station = Station(id: certificate.stationID, name: certificate.station)
        dataCompleteness = certificate.dataCompleteness
        issuedOn = certificate.issuedOn
        validUntil = certificate.validUntil
        issuer = certificate.issuer
        self.status = status
        revocation = certificate.revocation.map { Revocation(on: $0.on, category: $0.category, categoryChinese: $0.category.chinese, reason: $0.reason) }
        page = "/certificate/\(certificate.number)"
        pdf = "/certificate/\(certificate.number).pdf"
        api = "/api/v1/certificates/\(certificate.number)"
    }
}
