import Foundation
import RegistryCore

/// Finds the folders the program reads: `Schemas` (rules, label settings) and `Labels` (templates and artwork).
enum ResourceLocator {
    /// The `Schemas` folder: `--schemas`, `$OXLABEL_SCHEMAS`, `./Schemas`, or one beside the program.
    static func schemas(explicit: String?) throws -> URL {
        try find("Schemas", marker: "rules/workflow.json", explicit: explicit, variable: "OXLABEL_SCHEMAS", option: "--schemas")
    }

    /// The `Labels` folder: `--labels`, `$OXLABEL_LABELS`, `./Labels`, or one beside the program.
    static func labels(explicit: String?) throws -> URL {
        try find("Labels", marker: "a4-3x7.json", explicit: explicit, variable: "OXLABEL_LABELS", option: "--labels")
    }

    private static func find(_ folder: String, marker: String, explicit: String?, variable: String, option: String) throws -> URL {
        let fileManager = FileManager.default
        if let path = explicit ?? ProcessInfo.processInfo.environment[variable] {
            return URL(fileURLWithPath: path)
        }
        var candidates = [URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent(folder)]
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent(folder))
            directory.deleteLastPathComponent()
        }
        guard let found = candidates.first(where: { fileManager.fileExists(atPath: $0.appendingPathComponent(marker).path) }) else {
            throw ConfigurationError.missing(file: "\(folder)/\(marker) (use \(option) or \(variable))")
        }
        return found
    }
}
