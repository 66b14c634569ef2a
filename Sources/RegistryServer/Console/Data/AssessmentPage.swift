import ClimateQuality
import Foundation
import Hummingbird
import NIOPosix
import RegistryCore
import RegistryStore

/// `GET /console/data/assessments?subject=&station=`: assesses a product's season with its crop model's
/// current version and the stored observations, as `oxlabel climate assess` does (it changes nothing,
/// so running it again after new data or a new model version re-runs it), and shows every stage and
/// indicator, the outcome, and the subject's certificates. `POST …/certify` (fields `subject`,
/// `station`) issues the certificate as `oxlabel climate certify` does.
enum AssessmentPage {
    struct View: PageView {
        static let template = "console-assessment"

        let frame: ConsoleFrame
        /// The form's values, named apart from the assessment's own fields.
        let subjectField: String
        let stationField: String
        let error: String?
        let assessment: AssessmentView?
        let certificates: [CertificateRow]
        let canCertify: Bool
    }

    struct AssessmentView: Encodable {
        let title: String
        let model: String
        let station: String
        let stages: [StageRow]
        let outcome: [String]
        let graded: Bool
        let highlights: String
    }

    struct StageRow: Encodable {
        let name: String
        let window: String
        let weight: String
        let score: String
        let indicators: [IndicatorRow]
    }

    struct IndicatorRow: Encodable {
        let name: String
        let value: String
        let band: String
        let optimum: String
        let score: String
        let weight: String
        let coverage: String
    }

    struct CertificateRow: Encodable {
        let number: String
        let season: Int
        let grade: String
        let score: String
        let status: String
        let model: String
    }

    static func page(_ call: ConsoleCall) async throws -> Response {
        let subject = call.query("subject") ?? ""
        let station = call.query("station") ?? ""
        var view = View(frame: call.frame(title: "气候品质评估"), subjectField: subject, stationField: station, error: nil, assessment: nil,
                        certificates: [], canCertify: call.staff.permits(.issueCertificate))
        guard !subject.isEmpty else { return try call.page(view) }
        guard let subjectID = Int64(subject), subjectID > 0 else {
            view = view.with(error: "「认证对象编号」应为正整数")
            return try call.page(view, status: .unprocessableContent)
        }
        let actor = try call.actor(for: .assessSeason)
        let reads = call.site.reads
        let stationID = station.isEmpty ? nil : station
        do {
            let (assessment, certificates, today) = try await reads.long { tx -> (SeasonAssessment, [ClimateCertificate], Day) in
                let assessment = try tx.assessSeason(subjectID: subjectID, stationID: stationID, by: actor)
                return (assessment, try tx.climateCertificates(subjectID: subjectID), tx.today)
            }
            view = view.with(assessment: AssessmentView(assessment), certificates: certificates.map {
                CertificateRow(number: $0.number, season: $0.season, grade: $0.grade.chinese, score: GradeThresholds.text($0.score),
                               status: $0.status(on: today).chinese, model: $0.cropModel)
            })
            return try call.page(view)
        } catch let refusal as Refusal {
            view = view.with(error: refusal.chinese)
            return try call.page(view, status: .unprocessableContent)
        }
    }

    static func certify(_ call: ConsoleCall, form: ConsoleForm) async throws -> Response {
        let subject = form["subject"], station = form.optional("station")
        let back = "/console/data/assessments?subject=\(Int64(subject) ?? 0)" + (station.map { "&station=\(Self.queryValue($0))" } ?? "")
        guard let subjectID = Int64(subject), subjectID > 0 else {
            return try call.redirect(to: "/console/data/assessments", flash: .error("「认证对象编号」应为正整数"))
        }
        let actor = try call.actor(for: .issueCertificate)
        let registry = call.site.registry
        do {
            let certificate = try await NIOThreadPool.singleton.runIfActive {
                try registry.write { try $0.issueCertificate(subjectID: subjectID, stationID: station, by: actor) }
            }
            return try call.redirect(to: back, flash: .notice(
                "已签发 \(certificate.number)：\(certificate.product) \(certificate.season) 年度 \(certificate.grade.chinese)（\(GradeThresholds.text(certificate.score))），有效期至 \(certificate.validUntil)"))
        } catch let refusal as Refusal {
            return try call.redirect(to: back, flash: .error("未签发：\(refusal.chinese)"))
        }
    }

    private static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

extension AssessmentPage.View {
    func with(error: String) -> Self {
        Self(frame: frame, subjectField: subjectField, stationField: stationField, error: error, assessment: nil, certificates: [], canCertify: canCertify)
    }

    func with(assessment: AssessmentPage.AssessmentView, certificates: [AssessmentPage.CertificateRow]) -> Self {
        Self(frame: frame, subjectField: subjectField, stationField: stationField, error: error, assessment: assessment, certificates: certificates, canCertify: canCertify)
    }
}

extension AssessmentPage.AssessmentView {
    init(_ assessment: SeasonAssessment) {
        func number(_ value: Double) -> String { GradeThresholds.text(value) }
        title = "\(assessment.crop) \(assessment.seasonYear) 年度"
        model = "\(assessment.cropModelID) \(assessment.cropModelVersion)"
        station = assessment.station.summary
        stages = assessment.stages.map { stage in
            AssessmentPage.StageRow(name: StagePeriod.name(of: stage.name), window: stage.window.description, weight: number(stage.weight),
                                    score: stage.score.map(number) ?? "—", indicators: stage.indicators.map {
                AssessmentPage.IndicatorRow(name: $0.name, value: $0.formattedValue, band: $0.band?.description ?? "—",
                                            optimum: $0.optimum?.description ?? "—", score: $0.score.map(String.init) ?? "—",
                                            weight: number($0.weight), coverage: $0.coverage.summary)
            })
        }
        switch assessment.outcome {
        case .graded(let score, let computedGrade, let grade, let vetoes):
            outcome = ["综合指数 IQ = \(number(score))，等级：\(grade.chinese)" + (computedGrade == grade ? "" : "（计算等级 \(computedGrade.chinese)，受否决规则限制）")]
                + vetoes.map { "否决规则：\($0.summary)" }
            graded = true
        case .rejectedForDisaster(let findings):
            outcome = ["本季因重大气象灾害不予评定："] + findings.map(\.summary)
            graded = false
        case .ungradable(let shortfalls):
            outcome = ["资料不足，不能评定等级："] + shortfalls.map(\.summary)
            graded = false
        }
        highlights = assessment.highlights.joined(separator: "；")
    }
}
