import ArgumentParser
import RegistryCore
import RegistryStore

struct LicenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "licence", abstract: "Look up and withdraw licences (准出): suspend, reinstate, revoke, surrender (to renew: application renew).",
        subcommands: [List.self, Show.self, Suspend.self, Reinstate.self, Revoke.self, Surrender.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List licences with the status their labels show today.", discussion: "Example: oxlabel licence list --operator 93110119MA01XXXXXX")
        @OptionGroup var options: RegistryOptions
        @Option(name: .customLong("operator"), help: "Only this operator's.") var operatorUSCC: String?

        func run() throws {
            let rows = try options.openRegistry().read { tx in
                try tx.licences(operatorUSCC: operatorUSCC).map { try LicenceView.read($0, in: tx) }
            }
            try options.emit(rows, text: Table.render(
                header: ["许可编号", "类别", "状态", "标签显示", "有效期至", "额度", "经营主体", "统一社会信用代码"],
                rows: rows.map { [$0.licence.number, $0.licence.kind.chinese, $0.status.chinese, $0.shows.state.chinese,
                                  $0.licence.validUntil.description, "\($0.licence.quota)", $0.holder, $0.licence.operatorID.value] }))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a licence and its history.", discussion: "Example: oxlabel licence show YQYB-P-2025-0001")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "Licence number.") var number: String

        func run() throws {
            let (view, history) = try options.openRegistry().read { tx in
                let licence = try tx.licence(number)
                return (try LicenceView.read(licence, in: tx),
                        try tx.auditEvents(entity: .licence, id: licence.number))
            }
            struct Output: Encodable { let licence: LicenceView; let history: [AuditEvent] }
            try options.emit(Output(licence: view, history: history), text: LicenceText.describe(view, history: history))
        }
    }

    struct Suspend: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "暂停 a licence until corrected.",
            discussion: "Example: oxlabel licence suspend YQYB-P-2025-0001 --reason 抽检农残超标 --deadline 2025-12-31 --actor 赵敏 --role approver")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "Licence number.") var number: String
        @Option(help: "Why.") var reason: String
        @Option(help: "Correction deadline, YYYY-MM-DD.") var deadline: String

        func run() throws {
            guard let day = Day(deadline) else { throw CLIError.badValue(option: "--deadline", value: deadline, expected: "a date YYYY-MM-DD") }
            let licence = try acting.change { tx, actor in try tx.suspend(number, by: actor, reason: reason, correctionDeadline: day) }
            try acting.registry.emit(licence, text: LicenceText.step(licence))
        }
    }

    struct Reinstate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "恢复 a suspended licence, or one whose climate certificate was revoked.",
            discussion: """
            Example: oxlabel licence reinstate YQYB-P-2025-0001 --reason 复检合格 --actor 赵敏 --role approver
            After the certificate a product licence rests on was revoked (its labels show 已暂停 待复核), the
            approver reinstates it on another certificate of the product or on another certification:
              oxlabel licence reinstate YQYB-P-2025-0001 --certificate YQQP-2025-PT-0009 --reason 重新评估合格 --actor 赵敏 --role approver
              oxlabel licence reinstate YQYB-P-2025-0001 --evidence kind=greenFood,ref=LB-45-2501,until=2027-12-31 --reason 有绿色食品证书 --actor 赵敏 --role approver
            """)
        @OptionGroup var acting: ActingOptions
        @Argument(help: "Licence number.") var number: String
        @Option(help: "The climate-quality certificate the licence rests on from now on.") var certificate: String?
        @Option(help: "The certification it rests on instead: kind=greenFood|organic|geographicIndication,ref=…[,until=…].") var evidence: String?
        @Option(help: "Why.") var reason: String

        func run() throws {
            if certificate != nil, evidence != nil { throw CLIError.exclusiveOptions(["--certificate", "--evidence"]) }
            let certification = try evidence.map(EvidenceParser.parse)
            let licence = try acting.change { tx, actor in
                if let certificate { return try tx.reinstate(number, onCertificate: certificate, by: actor, reason: reason) }
                if let certification { return try tx.reinstate(number, onCertification: certification, by: actor, reason: reason) }
                return try tx.reinstate(number, by: actor, reason: reason)
            }
            try acting.registry.emit(licence, text: LicenceText.step(licence))
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "撤销 a licence: final, bars a new application for 12 months (36 for fraud).",
            discussion: """
            Example: oxlabel licence revoke YQYB-P-2025-0001 --category labelMisuse --reason 转让标签给外地商户 --actor 赵敏 --role approver
            Categories: \(RevocationReason.allCases.map { "\($0.rawValue) (\($0.chinese))" }.joined(separator: ", "))
            """)
        @OptionGroup var acting: ActingOptions
        @Argument(help: "Licence number.") var number: String
        @Option(help: "Reason category.") var category: RevocationReason
        @Option(help: "Why, in words.") var reason: String

        func run() throws {
            let licence = try acting.change { tx, actor in try tx.revoke(number, by: actor, category: category, reason: reason) }
            try acting.registry.emit(licence, text: LicenceText.step(licence))
        }
    }

    struct Surrender: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "注销 a licence at its holder's request.",
            discussion: "Example: oxlabel licence surrender YQYB-H-2025-0002 --reason 民宿停业 --actor 王芳 --role clerk")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "Licence number.") var number: String
        @Option(help: "Why.") var reason: String

        func run() throws {
            let licence = try acting.change { tx, actor in try tx.surrender(number, by: actor, reason: reason) }
            try acting.registry.emit(licence, text: LicenceText.step(licence))
        }
    }
}
