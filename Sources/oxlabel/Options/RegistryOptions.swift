import ArgumentParser
import Foundation
import LabelPrint
import RegistryCore
import RegistryServer
import RegistryStore

/// Where the registry lives and how to print: shared by every command.
struct RegistryOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "The registry file (default: $OXLABEL_DATA or ./var/oxlabel.sqlite).")
    var dataPath: String?

    @Option(name: .customLong("schemas"), help: "The Schemas folder with rules/ (default: $OXLABEL_SCHEMAS, ./Schemas, or the one beside the program).")
    var schemasPath: String?

    @Flag(help: "Print JSON for scripts instead of text.")
    var json = false

    /// The registry file path.
    var resolvedDataPath: String {
        dataPath ?? ProcessInfo.processInfo.environment["OXLABEL_DATA"] ?? "var/oxlabel.sqlite"
    }

    /// Opens the registry; refuses when there is none yet, unless `create`, which also makes its folder
    /// when missing and the snapshot key of a new, empty registry (never of one that holds records: its key comes from the backup).
    /// A registry without a recorded region title records the one of `rules/region-title.json`, or
    /// with the facts of `title` when given.
    func openRegistry(create: Bool = false, title: RegionTitleOptions? = nil) throws -> Registry {
        let path = resolvedDataPath
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw CLIError.noRegistry(path: path)
        }
        if create { try OutputFolder.prepare(forFile: path) }
        let schemas = try ResourceLocator.schemas(explicit: schemasPath)
        var configuration = try RegistryConfiguration.load(schemas: schemas, clock: Clock.now)
        if let title { configuration.regionTitle = try title.applied(to: configuration.regionTitle) }
        let registry = try Registry(path: path, configuration: configuration)
        if create { try SnapshotKey.loadOrCreate(beside: registry) }
        return registry
    }

    /// The verification host, brand line and slogan from `labels/label-settings.json` in the schemas folder.
    func labelSettings() throws -> LabelSettings {
        try LabelSettings.load(schemas: try ResourceLocator.schemas(explicit: schemasPath))
    }

    /// Prints a value as JSON with `--json`, otherwise the text.
    func emit<T: Encodable>(_ value: T, text: @autoclosure () -> String) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(value), as: UTF8.self))
        } else {
            print(text())
        }
    }
}
