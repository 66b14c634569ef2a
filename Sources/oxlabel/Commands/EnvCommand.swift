import ArgumentParser
import ClimateQuality
import RegistryCore
import RegistryStore

struct EnvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "env", abstract: "Environment indicators (NAI, comfort, air quality) from stored observations.",
        subcommands: [Report.self])

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A year's NAI per station and town, monthly comfort, good-air share, and the 天然氧吧 indicators.",
            discussion: """
                Example: oxlabel env report --year 2025 [--station YQ002]
                The district's representative stations (Schemas/rules/environment.json) give each indicator and are named in the report; a year without data from one is reported so, not taken from another station.
                """)
        @OptionGroup var options: RegistryOptions
        @Option(help: "Calendar year.") var year: Int
        @Option(help: "Weather station for the comfort months (default: the representative one in Schemas/rules/environment.json).")
        var station: String?

        func run() throws {
            let year = try NumberInput.checked(year, field: FieldName("年份", "--year"), in: 1900...2999)
            let report = try options.openRegistry().read { try $0.environmentReport(year: year, comfortStationID: station) }
            try options.emit(report, text: EnvironmentText.describe(report))
        }
    }
}
