import ArgumentParser
import Foundation
import RegistryCore
import RegistryStore

/// `oxlabel scans`: the scan log beside the registry.
struct ScansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scans", abstract: "查询日志: the scan log beside the registry (<registry>.scans.sqlite).",
        subcommands: [Compact.self])

    /// `oxlabel scans compact`: rolls old raw scans up into daily totals per label.
    struct Compact: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compact", abstract: "汇总旧查询记录: roll raw scans older than the retention up into daily totals per label.",
            discussion: """
            Raw scans older than rawScanDays of Schemas/verification/scan-log.json ([default] 400 days, counted back from today in Beijing time) become one row per label and day; the counts a label's page shows and the period statistics stay the same. `oxlabel serve` does the same when it starts.

            Example: oxlabel scans compact --data var/oxlabel.sqlite
            """)
        @OptionGroup var options: RegistryOptions

        func run() throws {
            let registry = try options.openRegistry()
            let compaction = try Self.compact(registry, schemas: try ResourceLocator.schemas(explicit: options.schemasPath))
            try options.emit(compaction, text: """
                已将 \(compaction.firstKeptDay) 之前的 \(compaction.rawScans) 条查询记录汇总为 \(compaction.labelDays) 条按日合计 \
                rolled \(compaction.rawScans) raw scans before \(compaction.firstKeptDay) up into \(compaction.labelDays) daily totals
                """)
        }

        /// Compacts a registry's scan log with the retention of the schemas folder.
        @discardableResult
        static func compact(_ registry: Registry, schemas: URL) throws -> ScanCompaction {
            try registry.compactScans(try ScanRetention.load(schemas.appendingPathComponent("verification/scan-log.json")))
        }
    }
}
