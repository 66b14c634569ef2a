import ArgumentParser
import ClimateQuality
import Foundation
import LabelPrint
import RegistryServer
import RegistryCore
import RegistryStore

struct ClimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "climate", abstract: "Climate-quality certification (气候品质认证): assess, certify, override, revoke, report.",
        subcommands: [Assess.self, Certify.self, Override.self, Revoke.self, Show.self, List.self, Report.self])

    struct Assess: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assess a product's season and print the per-indicator table; stores nothing.",
            discussion: "Example: oxlabel climate assess --subject 12 [--station YQ002] --actor 李强 --role reviewer")
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @OptionGroup var season: SeasonOptions

        func run() throws {
            let actor = try who.resolve()
            let assessment = try options.openRegistry().read { try $0.assessSeason(subjectID: season.subject, season: season.season, stationID: season.station, by: actor) }
            try options.emit(assessment, text: ClimateText.assessment(assessment))
        }
    }

    struct Certify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assess a product's season and issue its certificate.",
            discussion: "Example: oxlabel climate certify --subject 12 [--season 2027] --actor 孙卫东 --role meteorologist")
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @OptionGroup var season: SeasonOptions

        func run() throws {
            let actor = try who.resolve()
            let certificate = try options.openRegistry().write { try $0.issueCertificate(subjectID: season.subject, season: season.season, stationID: season.station, by: actor) }
            try options.emit(certificate, text: "已签发 issued \(certificate.number)：\(certificate.product) \(certificate.season) 年度 "
                             + "\(certificate.grade.chinese)（\(ClimateText.number(certificate.score))），有效期至 \(certificate.validUntil)")
        }
    }

    struct Override: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "专家改判: set a certificate's score; the computed score is kept.",
            discussion: "Example: oxlabel climate override YQQP-2026-PT-0001 --score 3.6 --reason 果园小气候观测佐证 --actor 孙卫东 --role meteorologist")
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Argument(help: "Certificate number.") var number: String
        @Option(help: "The expert's score, 1–4.") var score: Double
        @Option(help: "Why.") var reason: String

        func run() throws {
            let actor = try who.resolve()
            let certificate = try options.openRegistry().write { try $0.overrideCertificate(number, score: score, reason: reason, by: actor) }
            try options.emit(certificate, text: "\(certificate.number)：\(ClimateText.number(certificate.computedScore)) "
                             + "\(certificate.computedGrade.chinese) → \(ClimateText.number(certificate.score)) \(certificate.grade.chinese)")
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "撤销 a certificate (final): the labels of licences resting on it show 已暂停 until the approver decides.",
            discussion: """
            Example: oxlabel climate revoke YQQP-2026-PT-0001 --category falseDeclaration --reason 申报地块与实际不符 --actor 赵敏 --role approver
            Categories: \(CertificateRevocationReason.allCases.map { "\($0.rawValue) (\($0.chinese))" }.joined(separator: ", "))
            """)
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Argument(help: "Certificate number.") var number: String
        @Option(help: "Reason category, shown to the public.") var category: CertificateRevocationReason
        @Option(help: "Why.") var reason: String

        func run() throws {
            let actor = try who.resolve()
            let (certificate, awaiting) = try options.openRegistry().write { tx in
                let certificate = try tx.revokeCertificate(number, category: category, reason: reason, by: actor)
                return (certificate, try tx.licencesAwaitingReview().filter { $0.climateCertificate == certificate.number }.map(\.number))
            }
            try options.emit(certificate, text: "\(certificate.number)：已撤销 revoked"
                             + (awaiting.isEmpty ? "" : "\n待复核 awaiting review：\(awaiting.joined(separator: "、"))"))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a certificate and its history.",
                                                        discussion: "Example: oxlabel climate show YQQP-2026-PT-0001")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "Certificate number.") var number: String

        func run() throws {
            let (certificate, history, today) = try options.openRegistry().read { tx in
                let certificate = try tx.climateCertificate(number)
                return (certificate, try tx.auditEvents(entity: .climateCertificate, id: certificate.number), tx.today)
            }
            struct Output: Encodable { let certificate: ClimateCertificate; let status: CertificateStatus; let history: [AuditEvent] }
            try options.emit(Output(certificate: certificate, status: certificate.status(on: today), history: history),
                             text: ClimateText.certificate(certificate, on: today, history: history))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List certificates.", discussion: "Example: oxlabel climate list")
        @OptionGroup var options: RegistryOptions

        func run() throws {
            let (certificates, today) = try options.openRegistry().read { (try $0.climateCertificates(), $0.today) }
            try options.emit(certificates, text: Table.render(
                header: ["证书编号", "产品", "年度", "等级", "指数", "状态", "有效期至"],
                rows: certificates.map { [$0.number, $0.product, "\($0.season)", $0.grade.chinese, ClimateText.number($0.score),
                                          $0.status(on: today).chinese, $0.validUntil.description] }))
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a certificate's report as PDF (Chinese, embedded CJK font) and/or HTML.",
            discussion: "Example: oxlabel climate report YQQP-2026-PT-0001 --pdf report.pdf --html report.html")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "Certificate number.") var number: String
        @Option(help: "PDF file to write (its folder is made when missing).") var pdf: String?
        @Option(help: "HTML file to write (self-contained, inline SVG charts; its folder is made when missing).") var html: String?

        func run() throws {
            guard pdf != nil || html != nil else { throw CLIError.missingOption("--pdf or --html") }
            let host = try options.labelSettings().verificationHost
            let report = try options.openRegistry().read { try $0.climateReport(number, host: host) }
            for file in [pdf, html].compactMap(\.self) { try OutputFolder.prepare(forFile: file) }
            var written: [String] = []
            if let pdf {
                do {
                    try ClimateReportPDF().write(report, to: URL(fileURLWithPath: pdf))
                } catch {
                    throw CLIError.unwritableFile(path: "\(pdf)（\(error)）")
                }
                written.append(pdf)
            }
            if let html {
                do {
                    try Data(report.webPage().utf8).write(to: URL(fileURLWithPath: html))
                } catch {
                    throw CLIError.unwritableFile(path: html)
                }
                written.append(html)
            }
            try options.emit(written, text: "已生成 written: " + written.joined(separator: ", "))
        }
    }
}

/// Which product season to assess, and optionally with which station.
struct SeasonOptions: ParsableArguments {
    @Option(help: "The product subject's number.") var subject: Int64
    @Option(help: "Use this station instead of the nearest representative one (it must still qualify).") var station: String?
    @Option(help: "A later season (harvest year) than the subject's own, e.g. a renewal's new season.") var season: Int?
}
