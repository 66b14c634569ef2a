import ArgumentParser
import RegistryCore
import RegistryStore

struct ObjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "object", abstract: "Record or resolve an objection during publicity (公示异议).",
        subcommands: [Add.self, Resolve.self], defaultSubcommand: Add.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record an objection.",
            discussion: "Example: oxlabel object SQ-2025-0001 --raised-by 张先生 --text 该地块去年遭冰雹 --actor 王芳 --role clerk")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "Application number.") var application: String
        @Option(help: "Who raised it (real name, as publicity requires).") var raisedBy: String
        @Option(help: "The objection.") var text: String

        func run() throws {
            let id = try acting.change { tx, actor in try tx.recordObjection(application, raisedBy: raisedBy, text: text, by: actor) }
            try acting.registry.emit(["application": application, "objection": "\(id)"], text: "已登记异议 #\(id) recorded objection on \(application)")
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Uphold (rejects the application) or dismiss an objection.",
            discussion: "Example: oxlabel object resolve SQ-2025-0001 --objection 1 --dismiss --reason 经核实无冰雹记录 --actor 赵敏 --role approver")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "Application number.") var application: String
        @Option(help: "Objection number.") var objection: Int
        @Flag(help: "The objection is upheld.") var uphold = false
        @Flag(help: "The objection is dismissed.") var dismiss = false
        @Option(help: "Why.") var reason: String

        func validate() throws {
            guard uphold != dismiss else { throw ValidationError("give exactly one of --uphold or --dismiss") }
        }

        func run() throws {
            let result = try acting.change { tx, actor in try tx.resolveObjection(application, objection: objection, upheld: uphold, by: actor, reason: reason) }
            try acting.registry.emit(result, text: ApplicationText.step(result))
        }
    }
}
