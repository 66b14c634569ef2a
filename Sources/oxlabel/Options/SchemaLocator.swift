import Foundation
import RegistryCore

/// Finds the `Schemas` folder that holds the rule files.
enum SchemaLocator {
    static func find(explicit: String?) throws -> URL {
        let fileManager = FileManager.default
        if let path = explicit ?? ProcessInfo.processInfo.environment["OXLABEL_SCHEMAS"] {
            return URL(fileURLWithPath: path)
        }
        var candidates = [URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("Schemas")]
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("Schemas"))
            directory.deleteLastPathComponent()
        }
        guard let found = candidates.first(where: { fileManager.fileExists(atPath: $0.appendingPathComponent("rules/workflow.json").path) }) else {
            throw ConfigurationError.missing(file: "Schemas/rules/workflow.json (use --schemas or OXLABEL_SCHEMAS)")
        }
        return found
    }
}
