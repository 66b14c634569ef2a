import ArgumentParser
import RegistryCore
import RegistryStore

struct ApplicationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "application", abstract: "List and show applications with their rule verdicts; apply to renew a licence.",
        subcommands: [List.self, Show.self, Renew.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List applications, optionally in one state.", discussion: "Example: oxlabel application list --state reviewed")
        @OptionGroup var options: RegistryOptions
        @Option(help: "Only applications in this state.") var state: ApplicationState?

        func run() throws {
            let applications = try options.openRegistry().read { try $0.applications(state: state) }
            try options.emit(applications, text: Table.render(
                header: ["申请编号", "对象", "类别", "状态", "经营主体"],
                rows: applications.map { ["\($0.number)", "#\($0.subjectID)", $0.kind.chinese, $0.state.chinese, $0.operatorID.value] }))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an application, its evidence, and every rule's verdict today.", discussion: "Example: oxlabel application show SQ-2025-0001")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "Application number.") var application: String

        func run() throws {
            let (record, verdicts) = try options.openRegistry().read { (try $0.application(application), try $0.evaluateRules(application)) }
            struct Output: Encodable { let application: Application; let verdicts: [RuleVerdict] }
            try options.emit(Output(application: record, verdicts: verdicts), text: ApplicationText.describe(record) + "\n" + ApplicationText.verdicts(verdicts))
        }
    }

    struct Renew: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "续展: apply to renew a licence for its next term, through the admission workflow.",
            discussion: """
            Example: oxlabel application renew --licence YQYB-H-2026-0002 --evidence kind=firePermit,ref=延消2026-031,until=2029-12-31 --actor 王芳 --role clerk

            The application is accepted, reviewed and approved by another person like an admission, and the admission rules are checked again for the new term, which starts the day after the licence's last term ends.

            It may be made from 90 days before that day to 90 days after ([default] renewalWindowDaysBefore and renewalWindowDaysAfter in Schemas/rules/workflow.json); outside that window a new admission is needed.

            Evidence: kind=KIND,ref=NUMBER[,value=VALUE][,until=YYYY-MM-DD][,note=TEXT], as for apply.
            """)
        @OptionGroup var acting: ActingOptions
        @Option(help: "The licence to renew.") var licence: String
        @Option(help: "A document: kind=…,ref=…[,value=…][,until=…]; repeated.") var evidence: [String] = []

        func run() throws {
            let documents = try evidence.map(EvidenceParser.parse)
            let application = try acting.change { tx, actor in try tx.applyForRenewal(licence: licence, evidence: documents, by: actor) }
            try acting.registry.emit(application, text: ApplicationText.step(application) + ApplicationText.renewal(application))
        }
    }
}
