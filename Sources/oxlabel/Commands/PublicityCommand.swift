import ArgumentParser
import RegistryCore
import RegistryStore

struct PublicityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publicity", abstract: "Close publicity (公示) and grant the licence, or its renewal.", subcommands: [Close.self])

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End publicity after its last day and grant the licence (for a renewal, its new term).",
            discussion: "Example: oxlabel publicity close SQ-2025-0001 --actor 赵敏 --role approver")
        @OptionGroup var acting: ActingOptions
        @Argument(help: "Application number.") var application: String

        func run() throws {
            let licence = try acting.change { tx, actor in try tx.closePublicity(application, by: actor) }
            let term = licence.lastTerm
            let text = term.number > 1
                ? "公示结束，许可已续展 licence renewed: \(licence.number) \(term.chinese)，有效期至 \(licence.validUntil)"
                : "公示结束，已发放许可 licence granted: \(licence.number)，有效期至 \(licence.validUntil)，标签额度 \(licence.quota)"
            try acting.registry.emit(licence, text: text)
        }
    }
}
