import ArgumentParser
import Foundation
import RegistryCore
import RegistryStore

struct ObservationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observations", abstract: "Import station observations (hourly or daily CSV).", subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a CSV file all-or-nothing; re-importing it changes nothing.",
            discussion: """
            Example: oxlabel observations import 54406-2025.csv YQ002-2025.csv --kind hourly --actor 孙卫东 --role meteorologist
            Columns: Schemas/import/hourly.schema.json and daily.schema.json. Any bad line refuses the whole import
            and each is listed (line, column, value, reason; beyond 10,000 they are counted); nothing is stored and
            the exit status is 1. A row that differs from one already stored refuses the file too, unless --replace
            is given. Files are read in blocks as they are stored: memory stays bounded whatever their size.
            """)
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Argument(help: "The CSV files (several are imported together: all or none).") var files: [String]
        @Option(help: "hourly or daily.") var kind: String
        @Flag(help: "Overwrite stored rows whose values differ (recorded in the audit trail).") var replace = false

        func run() throws {
            let actor = try who.resolve()
            guard let kind = ObservationKind(rawValue: kind.lowercased()) else {
                throw CLIError.unknownValue(option: "--kind", value: kind, allowed: ObservationKind.allCases.map(\.rawValue))
            }
            let observations = try files.map { path in
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                      FileManager.default.isReadableFile(atPath: path) else { throw CLIError.unreadableFile(path: path) }
                return ObservationFile(name: URL(fileURLWithPath: path).lastPathComponent, path: path)
            }
            let registry = try options.openRegistry()
            let progress = ImportProgressLine()
            do {
                let reports = try registry.write { tx in
                    try tx.importObservations(observations, kind: kind, replacing: replace, by: actor, progress: progress.update)
                }
                progress.finish()
                try options.emit(reports, text: reports.map(ClimateText.imported).joined(separator: "\n"))
            } catch ClimateStoreError.importRefused(let report) {
                progress.finish()
                try options.emit(report, text: ClimateText.refused(report))
                throw ClimateStoreError.importRefused(report)
            }
        }
    }
}
