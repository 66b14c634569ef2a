import ArgumentParser
import Foundation
import RegistryCore
import RegistryStore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Read and verify the tamper-evident audit trail.", subcommands: [List.self, Verify.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List audit events, newest first.",
            discussion: "Example: oxlabel audit list --entity application --id SQ-2025-0001")
        @OptionGroup var options: RegistryOptions
        @Option(help: "operator, subject, application, licence or region-title.") var entity: String?
        @Option(help: "The record's number.") var id: String?
        @Option(help: "How many.") var limit = 50

        func run() throws {
            let kind = try entity.map { name in
                guard let kind = EntityKind(rawValue: name) else { throw CLIError.badValue(option: "--entity", value: name, expected: "operator, subject, application, licence or region-title") }
                return kind
            }
            let events = try options.openRegistry().read { try $0.auditEvents(entity: kind, id: id?.uppercased(), limit: limit) }
            try options.emit(events, text: Table.render(
                header: ["#", "时间", "操作人", "角色", "操作", "对象", "变化", "理由"],
                rows: events.map { ["\($0.sequence)", Timestamp.text($0.at), $0.actor, $0.role.chinese, $0.action,
                                    "\($0.entity.rawValue) \($0.entityID)", "\($0.from ?? "")→\($0.to ?? "")", $0.reason ?? ""] }))
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Recompute the hash chain; names every edited, deleted or reordered event. Exit 1 if broken.",
            discussion: "Example: oxlabel audit verify")
        @OptionGroup var options: RegistryOptions

        func run() throws {
            let result = try options.openRegistry().read { try $0.verifyAudit() }
            struct Output: Encodable { let intact: Bool; let eventsChecked: Int; let problems: [String] }
            try options.emit(Output(intact: result.isIntact, eventsChecked: result.eventsChecked, problems: result.problems.map(\.description)),
                             text: result.isIntact
                                ? "审计链完整 audit chain intact: \(result.eventsChecked) events"
                                : "审计链被破坏 audit chain BROKEN (\(result.eventsChecked) events):\n" + result.problems.map { "  - \($0)" }.joined(separator: "\n"))
            if !result.isIntact { throw ExitCode(1) }
        }
    }
}
