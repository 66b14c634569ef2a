import LabelPrint

/// A climate-quality certificate's report as a web page (`certificate.mustache`): the grade's seal while
/// the certificate is in force, otherwise its status with the grade only as it was; the facts, the
/// indicators, the method, the stage charts and the QR code of its live page (inline SVG, drawn by
/// `ClimateReportFigures`).
struct CertificateReportView: PageView {
    static let template = "certificate"

    let number: String
    let seal: Seal?
    let status: Status?
    let facts: [Cell]
    let scoreLine: String
    let indicators: [[Cell]]
    let indicatorHeader: [String]
    let notes: [String]
    let method: String
    let charts: [RawHTML]
    let qrCode: RawHTML
    let liveNotice: String
    let liveURL: String
    let issuer: String
    let issuedBy: String
    let issuedOn: String

    /// The grade's seal.
    struct Seal: Encodable {
        let grade: String
        /// Whether the grade is below the labelled ones (drawn grey).
        let ordinary: Bool
    }

    /// The status of a certificate no longer in force, in place of the seal.
    struct Status: Encodable {
        /// The CSS class, the status's code name.
        let state: String
        let text: String
        let lines: [Line]
        let gradeLine: String
    }

    /// One line of the status, the first without a break before it.
    struct Line: Encodable {
        let text: String
        let first: Bool
    }

    /// A value with its label: a fact, or an indicator's cell under its column's name.
    struct Cell: Encodable {
        let label: String
        let value: String
    }

    init(_ report: ClimateReport) {
        let certificate = report.certificate
        number = certificate.number
        if let badge = report.statusBadge {
            seal = nil
            status = Status(state: report.status.rawValue, text: badge.text,
                            lines: badge.lines.enumerated().map { Line(text: $1, first: $0 == 0) }, gradeLine: report.gradeLine)
        } else {
            seal = Seal(grade: certificate.grade.chinese, ordinary: !certificate.grade.isLabelled)
            status = nil
        }
        facts = report.facts.map { Cell(label: $0.label, value: $0.value) }
        scoreLine = report.scoreLine
        indicatorHeader = ClimateReport.indicatorHeader
        indicators = report.indicatorRows.map { row in zip(ClimateReport.indicatorHeader, row).map { Cell(label: $0, value: $1) } }
        notes = ([report.overrideLine] + report.assessment.highlights.map { "气候特征：\($0)" }).compactMap { $0 }
        method = report.methodLine
        charts = ClimateReportFigures.stageCharts(report).map(RawHTML.init)
        qrCode = RawHTML(html: ClimateReportFigures.qrCode(report))
        liveNotice = ClimateReport.liveNotice
        liveURL = report.liveURL
        issuer = certificate.issuer
        issuedBy = certificate.issuedBy
        issuedOn = certificate.issuedOn.description
    }
}
