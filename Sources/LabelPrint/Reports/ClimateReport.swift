import ClimateQuality
import RegistryCore

/// What a climate-quality report shows: the certificate, the assessment it was issued on, and the
/// station's daily data for the charts.
public struct ClimateReport: Sendable {
    public let certificate: ClimateCertificate
    public let operatorName: String
    public let assessment: SeasonAssessment
    /// The daily series of the certificate's station.
    public let series: DailySeries
    /// The certificate's status when the report is made.
    public let status: CertificateStatus
    /// The certificate's live page on the registry's public site, which the report links to and
    /// carries as a QR code, so that a printed report cannot outlive a revocation unnoticed.
    public let liveURL: String
    /// The approval state of the crop model version the certificate was graded with (`CropModel.status`).
    public let cropModelStatus: String

    public init(certificate: ClimateCertificate, operatorName: String, assessment: SeasonAssessment, series: DailySeries,
                status: CertificateStatus, cropModelStatus: String, host: VerificationHost) {
        self.certificate = certificate
        self.cropModelStatus = cropModelStatus
        self.operatorName = operatorName
        self.assessment = assessment
        self.series = series
        self.status = status
        liveURL = "https://\(host.name.lowercased())/certificate/\(certificate.number)"
    }

    /// The status badge of a certificate no longer in force, in place of the grade's seal: 已撤销 with
    /// the day and the reason category, or 已过期 with the last valid day, one short line each. Nil while
    /// it is in force.
    public var statusBadge: (text: String, lines: [String])? {
        switch status {
        case .issued: nil
        case .revoked:
            (status.chinese, certificate.revocation.map { ["\($0.on) 撤销", "原因类别：\($0.category.chinese)"] } ?? [])
        case .expired:
            (status.chinese, ["有效期至 \(certificate.validUntil)", "\(certificate.validUntil.adding(days: 1)) 起失效"])
        }
    }

    /// The grade in words: for a certificate no longer in force only as what it was, "原等级 特优（已撤销）".
    public var gradeLine: String {
        status == .issued ? "气候品质等级 \(certificate.grade.chinese)" : "原等级 \(certificate.grade.chinese)（\(status.chinese)）"
    }

    /// The line beside the QR code.
    public static let liveNotice = "以网上状态为准"

    /// Label and value rows of the report's header block.
    public var facts: [(label: String, value: String)] {
        [("产品", "\(certificate.product)（\(certificate.crop)）"),
         ("经营主体", "\(operatorName)（\(certificate.operatorID)）"),
         ("产地地块", certificate.plot),
         ("认证年度", "\(certificate.season) 年度，评估期 \(certificate.seasonPeriod)"),
         ("作物模型", "\(assessment.crop)模型 \(assessment.cropModelVersion) 版（\(cropModelStanding)）"),
         ("监测站", certificate.station),
         ("资料完整性", certificate.dataCompleteness),
         ("签发", "\(certificate.issuer)，\(certificate.issuedOn)，有效期至 \(certificate.validUntil)（\(status.chinese)）")]
    }

    /// The score line under the grade: the computed index, and the override when there is one.
    public var scoreLine: String {
        let computed = "综合指数 IQ \(Self.number(certificate.computedScore))"
        guard let override = certificate.override else { return computed }
        return "\(computed)（计算等级 \(certificate.computedGrade.chinese)）→ 专家改判 \(Self.number(override.score))"
    }

    /// The override's who and why, when there is one.
    public var overrideLine: String? {
        certificate.override.map { "专家改判：\($0.expert)，\($0.on)。理由：\($0.reason)" }
    }

    /// One row per indicator: stage, indicator, value, band, optimum, score, weights.
    public var indicatorRows: [[String]] {
        assessment.stages.flatMap { stage in
            stage.indicators.map { indicator in
                ["\(stage.name)（W \(Self.number(stage.weight))）", indicator.name, indicator.formattedValue,
                 indicator.band?.description ?? "—", indicator.optimum?.description ?? "—",
                 indicator.score.map(String.init) ?? "—", Self.number(indicator.weight)]
            }
        }
    }

    public static let indicatorHeader = ["阶段", "指标", "实测值", "所在区间", "最适区间", "得分", "权重"]

    /// The method in the buyer's words: the standard, and the standing of the crop model.
    public var methodLine: String { "依据 QX/T 486—2019；\(cropModelStanding)" }

    /// The crop model's approval state in words: the district's default model awaiting the municipal
    /// climate centre's confirmation, or the state as the model file gives it.
    var cropModelStanding: String {
        cropModelStatus == Self.districtDefault ? "区级默认模型，待市气候中心确认" : "作物模型状态：\(cropModelStatus)"
    }

    /// The state of a crop model that is the district's default, not yet confirmed.
    static let districtDefault = "district-default-unconfirmed"

    /// Two decimals, as the index is printed and graded (`GradeThresholds.text`).
    static func number(_ value: Double) -> String { GradeThresholds.text(value) }
}
