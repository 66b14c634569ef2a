import ArgumentParser
import ClimateQuality
import RegistryCore
import RegistryStore

struct StationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "station", abstract: "Register and look up monitoring stations (监测站): weather, negative air ions, both, or a greenhouse sensor.",
        subcommands: [Add.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a station.", discussion: """
            Example: oxlabel station add --id YQ002 --name 张山营果园站 --town 张山营镇 --lat 40.483 --lon 115.862 \\
              --elevation 530 --kind weather --actor 孙卫东 --role meteorologist
            Kinds: weather (气象站), nai (负氧离子站), both, greenhouse (设施内传感器: inside a greenhouse, for crops grown under cover such as 草莓（日光温室）; it serves only those crops).
            """)
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @Option(help: "Station number, e.g. 54406.") var id: String
        @Option(help: "Station name.") var name: String
        @Option(help: "Town it stands in.") var town: String
        @Option(help: "Latitude (WGS-84).") var lat: Double
        @Option(help: "Longitude (WGS-84).") var lon: Double
        @Option(help: "Elevation of the observation field, metres.") var elevation: Double
        @Option(help: "What it observes: weather, negative air ions (nai), both, or a greenhouse's inside.") var kind: Station.Kind

        func run() throws {
            let actor = try who.resolve()
            let station = try Station.registering(id: id, name: name, town: town, latitude: lat, longitude: lon,
                                                  elevation: elevation, kind: kind)
            let stored = try options.openRegistry().write { try $0.addStation(station, by: actor) }
            try options.emit(stored, text: "已登记监测站 registered station \(stored.id) \(stored.name)（\(stored.kind.chinese)）")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List stations.", discussion: "Example: oxlabel station list")
        @OptionGroup var options: RegistryOptions

        func run() throws {
            let stations = try options.openRegistry().read { try $0.stations() }
            try options.emit(stations, text: Table.render(
                header: ["站号", "站名", "类别", "乡镇", "纬度", "经度", "海拔 m"],
                rows: stations.map { [$0.id, $0.name, $0.kind.chinese, ClimateText.town($0.townID),
                                      "\($0.location.latitude)", "\($0.location.longitude)", "\($0.elevation)"] }))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a station and the observations stored for it.",
                                                        discussion: "Example: oxlabel station show YQ002")
        @OptionGroup var options: RegistryOptions
        @Argument(help: "Station number.") var id: String

        func run() throws {
            let (station, coverage) = try options.openRegistry().read { tx in
                let station = try tx.station(id)
                return (station, try tx.observationCoverage(of: station.id))
            }
            struct Output: Encodable { let station: Station; let observations: StationCoverage }
            try options.emit(Output(station: station, observations: coverage), text: """
                \(station.id) \(station.name)（\(station.kind.chinese)）
                  乡镇      \(ClimateText.town(station.townID))
                  位置      \(station.location.latitude), \(station.location.longitude)，海拔 \(station.elevation) m
                  小时数据  \(coverage.hourlyRows) 行\(coverage.firstHour.map { "，\($0) … \(coverage.lastHour ?? "")" } ?? "")
                  日数据    \(coverage.dailyRows) 行\(coverage.firstDay.map { "，\($0) … \(coverage.lastDay ?? "")" } ?? "")
                """)
        }
    }
}
