import ArgumentParser
import Foundation
import RegistryCore
import RegistryStore

struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply", abstract: "Open an application for a subject, or resubmit a returned one.",
        discussion: """
        Examples:
          oxlabel apply --subject 3 --evidence kind=foodSafetyTest,ref=JC-2025-0118,value=合格,until=2026-09-30 \\
                        --evidence kind=greenFood,ref=GF110229250001,until=2027-12-31 --actor 王芳 --role clerk
          oxlabel apply --resubmit SQ-2025-0004 --evidence kind=hygienePermit,ref=延卫 2025-118 --actor 王芳 --role clerk
        Evidence: kind=KIND,ref=NUMBER[,value=VALUE][,until=YYYY-MM-DD][,note=TEXT]
        Kinds: \(EvidenceKind.allCases.map { "\($0.rawValue) (\($0.chinese))" }.joined(separator: ", "))
        """)
    @OptionGroup var options: RegistryOptions
    @OptionGroup var who: ActorOptions
    @Option(help: "The subject's number.") var subject: Int64?
    @Option(help: "A returned or draft application to submit again.") var resubmit: String?
    @Option(help: "A document: kind=…,ref=…[,value=…][,until=…]; repeated.") var evidence: [String] = []
    @Flag(help: "Keep the new application as a draft.") var draft = false

    func run() throws {
        let actor = try who.resolve()
        let documents = try evidence.map(EvidenceParser.parse)
        let registry = try options.openRegistry()
        let application: Application
        if let resubmit {
            application = try registry.write { try $0.submit(resubmit, addingEvidence: documents, by: actor) }
        } else {
            guard let subject else { throw CLIError.missingOption("--subject (or --resubmit)") }
            application = try registry.write { try $0.apply(subjectID: subject, evidence: documents, by: actor, draft: draft) }
        }
        try options.emit(application, text: "申请 \(application.number)：\(application.state.chinese) (application \(application.state.rawValue))")
    }
}

/// Parses `kind=…,ref=…,value=…,until=…,note=…`.
enum EvidenceParser {
    static func parse(_ text: String) throws -> Evidence {
        var fields: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CLIError.badValue(option: "--evidence", value: text, expected: "kind=…,ref=…[,value=…][,until=YYYY-MM-DD]") }
            fields[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1]
        }
        guard let kindName = fields["kind"], let kind = EvidenceKind(rawValue: kindName) else {
            throw CLIError.unknownValue(option: "--evidence kind", value: fields["kind"] ?? "", allowed: EvidenceKind.allCases.map(\.rawValue))
        }
        var until: Day?
        if let text = fields["until"] {
            guard let day = Day(text) else { throw CLIError.badValue(option: "--evidence until", value: text, expected: "a date YYYY-MM-DD") }
            until = day
        }
        return try Evidence(kind: kind, reference: fields["ref"] ?? "", validUntil: until, value: fields["value"], note: fields["note"])
    }
}
