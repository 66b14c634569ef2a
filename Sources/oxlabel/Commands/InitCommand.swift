import ArgumentParser
import RegistryStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create an empty registry (or check an existing one).",
        discussion: "Example: oxlabel init --data var/oxlabel.sqlite")

    @OptionGroup var options: RegistryOptions

    func run() throws {
        let registry = try options.openRegistry(create: true)
        let title = try registry.read { try $0.regionTitle() }
        try options.emit(["path": registry.path], text: "登记库已就绪 registry ready: \(registry.path)\n延庆区天然氧吧称号：\(title.standing.chinese)，有效期至 \(title.validUntil)")
    }
}
