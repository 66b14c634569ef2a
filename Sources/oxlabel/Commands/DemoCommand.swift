import ArgumentParser
import RegistryCore
import RegistryStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Fill a new registry with realistic (invented) Yanqing data.",
        discussion: "Example: oxlabel demo --data var/demo.sqlite")
    @OptionGroup var options: RegistryOptions
    @Option(help: "Multiply the demo's size (10 = 400 operators, 4,000 applications).") var scale = 1

    func run() throws {
        guard (1...100).contains(scale) else { throw CLIError.badValue(option: "--scale", value: String(scale), expected: "1–100") }
        let registry = try options.openRegistry(create: true)
        let heuristics = try CopyHeuristics.load(try ResourceLocator.schemas(explicit: options.schemasPath)
            .appendingPathComponent("verification/copied-codes.json"))
        let summary = try DemoRegistry(scale: scale, heuristics: heuristics).fill(registry)
        try options.emit(summary, text: summary.text)
    }
}
