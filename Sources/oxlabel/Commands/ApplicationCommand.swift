import ArgumentParser
import RegistryCore
import RegistryStore

struct ApplicationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "application", abstract: "List and show applications with their rule verdicts.", subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List applications, optionally in one state.", discussion: "Example: oxlabel application list --state reviewed")
        @OptionGroup var options: RegistryOptions
        @Option(help: "One of \(ApplicationState.allCases.map(\.rawValue).joined(separator: ", ")).") var state: String?

        func run() throws {
            let filter = try state.map { name in
                guard let state = ApplicationState(rawValue: name) else {
                    throw CLIError.unknownValue(option: "--state", value: name, allowed: ApplicationState.allCases.map(\.rawValue))
                }
                return state
            }
            let applications = try options.openRegistry().read { try $0.applications(state: filter) }
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
}
