import ArgumentParser
import ClimateQuality
import Foundation
import RegistryCore
import RegistryStore

struct ObservationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observations", abstract: "Import station observations (hourly or daily CSV).", subcommands: [Import.self, Invent.self])

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
        @Option(help: "The file's rows: one per hour or one per day.") var kind: ObservationKind
        @Flag(help: "Overwrite stored rows whose values differ (recorded in the audit trail).") var replace = false

        func run() throws {
            let actor = try who.resolve()
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

    struct Invent: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a year of invented hourly observations of a demo station to a CSV file, to try the import with.",
            discussion: """
            The data come from the generator of `oxlabel demo` (monthly normals, shared weather, a few gaps) for one of its
            stations: \(DemoNetwork.sites.map(\.station.id).joined(separator: ", ")). They end yesterday by the registry's
            clock ($OXLABEL_NOW). Real observations come from the weather bureau.
            Example: oxlabel observations invent --station YQ002 --year 2026 --out YQ002-2026.csv
            """)
        @OptionGroup var options: RegistryOptions
        @Option(help: "The demo station.") var station: String
        @Option(help: "The year, up to this one.") var year: Int
        @Option(help: "The CSV file to write (its folder is made when missing).") var out: String

        func run() throws {
            guard let site = DemoNetwork.sites.first(where: { $0.station.id == station }) else {
                throw CLIError.unknownValue(option: "--station", value: station, allowed: DemoNetwork.sites.map(\.station.id))
            }
            let today = Day(Clock.now())
            guard (today.year - 100...today.year).contains(year) else {
                throw CLIError.badValue(option: "--year", value: String(year), expected: "\(today.year - 100)–\(today.year)")
            }
            let cutoff = CivilDate(dayNumber: today.daysSinceEpoch)
            let rows = DemoObservationGenerator(sites: [site]).hourlyObservations(years: year...year).filter { $0.time.date < cutoff }
            try OutputFolder.prepare(forFile: out)
            do {
                try ObservationCSVWriter.hourlyCSV(rows).write(to: URL(fileURLWithPath: out))
            } catch {
                throw CLIError.unwritableFile(path: out)
            }
            struct Written: Encodable { let file: String; let station: String; let rows: Int }
            try options.emit(Written(file: out, station: station, rows: rows.count),
                             text: "已写入虚构观测 invented observations written: \(out)（\(station)，\(rows.count) 小时 hours）")
        }
    }
}
