import ArgumentParser
import Foundation
import RegistryCore
import RegistryServer
import RegistryStore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Read and verify the tamper-evident audit trail.", subcommands: [List.self, Verify.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List audit events, newest first.",
            discussion: "Example: oxlabel audit list --entity application --id SQ-2025-0001")
        @OptionGroup var options: RegistryOptions
        @Option(help: "The kind of record.") var entity: EntityKind?
        @Option(help: "The record's number.") var id: String?
        @Option(help: "How many.") var limit = 50

        func run() throws {
            let events = try options.openRegistry().read { try $0.auditEvents(entity: entity, id: id?.uppercased(), limit: limit) }
            try options.emit(events, text: Table.render(
                header: ["#", "时间", "操作人", "角色", "操作", "对象", "变化", "理由"],
                rows: events.map { ["\($0.sequence)", Timestamp.text($0.at), $0.actor, $0.role.chinese, $0.action.chinese,
                                    "\($0.entity.chinese) \($0.entityID)", "\($0.fromName ?? "")→\($0.toName ?? "")", $0.reason ?? ""] }))
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Recompute the hash chain; names every edited, deleted or reordered event. Exit 1 if broken.",
            discussion: """
            With --against, the chain must also still hold the audit head that a saved snapshot recorded: the event of that sequence, with that hash. A chain cut or rewritten after the snapshot was saved is named. With --signature the snapshot's signature is checked too, with --public-key (a saved copy of /api/v1/snapshot/public-key, or the base64 key) or else the registry's own current and retired keys.

            Example: oxlabel audit verify
                     oxlabel audit verify --against snapshot-2026-11-25.json --signature snapshot-2026-11-25.sig --public-key public-key.json
            """)
        @OptionGroup var options: RegistryOptions
        @Option(help: "A snapshot saved from /api/v1/snapshot, byte for byte.") var against: String?
        @Option(help: "The snapshot's signature: the X-Oxlabel-Signature header's base64 text, or a file holding it.") var signature: String?
        @Option(help: "The key to check the signature with: a file saved from /api/v1/snapshot/public-key, or a base64 key (default: the registry's keys).")
        var publicKey: String?

        func run() throws {
            let registry = try options.openRegistry()
            let snapshot = try against.map { path in try SavedSnapshot(body: try Self.contents(of: path, option: "--against")) }
            if snapshot == nil, signature != nil || publicKey != nil {
                throw CLIError.badValue(option: signature != nil ? "--signature" : "--public-key", value: signature ?? publicKey ?? "",
                                        expected: "与 --against 同用 (used with --against)")
            }
            if let snapshot, let signature {
                let keys = try publicKey.map { try PublishedSnapshotKeys(saved: try Self.contents(of: $0, option: "--public-key")) }
                    ?? PublishedSnapshotKeys(current: try SnapshotKey.load(from: SnapshotKey.file(beside: registry.path)),
                                             retired: try registry.read { try $0.retiredSnapshotKeys() })
                let text = FileManager.default.fileExists(atPath: signature)
                    ? String(decoding: try Self.contents(of: signature, option: "--signature"), as: UTF8.self) : signature
                try snapshot.verify(signature: text, keys: keys)
            }
            let result = try registry.read { tx in try snapshot.map { try tx.verifyAudit(against: $0.auditHead) } ?? tx.verifyAudit() }
            struct Anchor: Encodable { let date: String; let sequence: Int64; let hash: String; let signatureVerified: Bool }
            struct Output: Encodable { let intact: Bool; let eventsChecked: Int; let problems: [String]; let anchor: Anchor? }
            let anchor = snapshot.map { Anchor(date: $0.date.description, sequence: $0.auditHead.sequence, hash: $0.auditHead.hash, signatureVerified: signature != nil) }
            var text = result.isIntact
                ? "审计链完整 audit chain intact: \(result.eventsChecked) events"
                : "审计链被破坏 audit chain BROKEN (\(result.eventsChecked) events):\n" + result.problems.map { "  - \($0)" }.joined(separator: "\n")
            if let anchor, result.isIntact {
                text += "\n与 \(anchor.date) 快照记录的链头（事件 \(anchor.sequence)）一致 holds the head recorded in the snapshot of \(anchor.date) (event \(anchor.sequence))"
                text += anchor.signatureVerified ? "\n快照签名有效 snapshot signature verified" : "\n快照签名未核对 snapshot signature not checked (--signature)"
            }
            try options.emit(Output(intact: result.isIntact, eventsChecked: result.eventsChecked, problems: result.problems.map(\.description), anchor: anchor),
                             text: text)
            if !result.isIntact { throw ExitCode(1) }
        }

        /// The bytes of a file named by an option, or a refusal naming it.
        private static func contents(of path: String, option: String) throws -> Data {
            guard let data = FileManager.default.contents(atPath: path) else { throw CLIError.unreadableFile(path: path) }
            return data
        }
    }
}
