import ClimateQuality
import Foundation
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

/// The district's environment indicators come from its representative stations
/// (`Schemas/rules/environment.json`), named in the report; a year without data from one is reported so,
/// never taken from another station.
@Suite struct RepresentativeStationsStoreTests {
    static let nai = ClimateFixture.naiStation("N01", latitude: 40.610, elevation: 730)
    static let otherNAI = ClimateFixture.naiStation("N02", latitude: 40.620, elevation: 760)
    static let national = Station(id: "54406", name: "延庆国家气象观测站", townID: Yanqing.town(named: "延庆镇")!.id,
                                  location: GeoCoordinate(latitude: 40.450, longitude: 115.970), elevation: 488, kind: .weather)

    /// The registry with the weather station T01 and the NAI stations holding 2025's observations, and
    /// `extra` registered without any.
    func registry(_ fixture: StoreFixture, environment: EnvironmentPolicy? = nil, extra: [Station] = []) throws -> Registry {
        let date = Day("2026-08-03")!.start.addingTimeInterval(9 * 3600)
        var configuration = try RegistryConfiguration.load(schemas: StoreFixture.schemas, clock: { date })
        if let environment { configuration.environment = environment }
        let registry = try Registry(path: fixture.path, configuration: configuration)
        let observed = [ClimateFixture.weather, Self.nai, Self.otherNAI]
        try ClimateFixture.load(observed, rows: ClimateFixture.rows(observed, year: 2025), into: registry)
        try registry.write { tx in for station in extra { try tx.addStation(station, by: StoreFixture.meteorologist) } }
        return registry
    }

    static func policy(comfort: String = "54406", airQuality: String = "54406", nai: RepresentativeStations.NAIStations = .all) -> EnvironmentPolicy {
        EnvironmentPolicy(version: "test", status: "test", representativeStations: RepresentativeStations(comfort: comfort, airQuality: airQuality, nai: nai))
    }

    @Test func theDefaultsAreTheNationalStationAndEveryNAIStation() throws {
        let registry = try registry(StoreFixture())
        let representative = registry.configuration.environment.representativeStations
        #expect(representative == RepresentativeStations(comfort: "54406", airQuality: "54406", nai: .all))
        let report = try registry.read { try $0.environmentReport(year: 2025) }
        #expect(report.comfortStationID == "54406" && report.airQualityStationID == "54406")
        let naiCriterion = report.oxygenBar.criteria[0]
        #expect(naiCriterion.basis == "代表站 全部负氧离子站（2 个）")
        #expect(naiCriterion.observed.contains("（2/2 站有效）"))
    }

    /// T01 has a whole year of data, but the representative station is 54406: the report says 54406 has
    /// none rather than counting T01's comfortable months.
    @Test func aRepresentativeStationWithoutDataIsReportedNotReplaced() throws {
        let unregistered = try registry(StoreFixture())
        let report = try unregistered.read { try $0.environmentReport(year: 2025) }
        #expect(report.comfortStation == nil && report.comfort.isEmpty)
        let comfort = report.oxygenBar.criteria[1]
        #expect(comfort.status == .noData)
        #expect(comfort.observed == "代表站无 2025 年观测资料")
        #expect(comfort.basis == "代表站 54406（未登记）")
        #expect(comfort.line.contains("（代表站 54406（未登记））"))

        let registered = try registry(StoreFixture(), extra: [Self.national])
        let silent = try registered.read { try $0.environmentReport(year: 2025) }
        #expect(silent.comfortStation == Self.national && silent.comfort.isEmpty)
        #expect(silent.oxygenBar.criteria[1].basis == "代表站 延庆国家气象观测站 (54406)")
        #expect(silent.oxygenBar.criteria[1].observed == "代表站无 2025 年观测资料")
        #expect(silent.oxygenBar.criteria[2].observed == "代表站无 2025 年 AQI 资料")
    }

    @Test func theConfiguredStationGivesTheComfortMonths() throws {
        let registry = try registry(StoreFixture(), environment: Self.policy(comfort: "T01"))
        let report = try registry.read { try $0.environmentReport(year: 2025) }
        #expect(report.comfortStation?.id == "T01" && report.comfort.count == 12)
        #expect(report.oxygenBar.criteria[1].basis == "代表站 果园站 (T01)")
    }

    @Test func aStationAskedForOverridesTheRepresentativeOneAndMustBeAWeatherStation() throws {
        let registry = try registry(StoreFixture())
        let chosen = try registry.read { try $0.environmentReport(year: 2025, comfortStationID: "T01") }
        #expect(chosen.comfortStationID == "T01" && chosen.comfort.count == 12)
        #expect(chosen.oxygenBar.criteria[1].basis == "指定站 果园站 (T01)")
        #expect(throws: ClimateStoreError.notAWeatherStation(stationID: "N01", kind: .nai)) {
            try registry.read { try $0.environmentReport(year: 2025, comfortStationID: "N01") }
        }
    }

    @Test func listedNAIStationsAloneMakeTheDistrictMean() throws {
        let registry = try registry(StoreFixture(), environment: Self.policy(nai: .listed(["N01", "N09"])))
        let report = try registry.read { try $0.environmentReport(year: 2025) }
        #expect(report.stations.map(\.station.id) == ["N01", "N02"])
        let nai = report.oxygenBar.criteria[0]
        #expect(nai.observed.contains("（1/1 站有效）"))
        #expect(nai.basis == "代表站 负氧离子站N01 (N01)、N09（未登记）")
    }

    @Test func aBrokenEnvironmentFileIsRefusedAtLoading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-schemas-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: StoreFixture.schemas, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rules/environment.json")
        for (body, expected) in [
            (#"{"version":"1","status":"x","representativeStations":{"comfort":"54406","airQuality":"54406","nai":[]}}"#, "lists no station"),
            (#"{"version":"1","status":"x","representativeStations":{"comfort":"54 406","airQuality":"54406","nai":"all"}}"#, "is not a station id"),
            (#"{"version":"1","status":"x","representativeStations":{"comfort":"54406","airQuality":"54406","nai":"some"}}"#, "\"all\" or a list"),
            (#"{"version":"1","status":"x"}"#, "representativeStations"),
        ] {
            try Data(body.utf8).write(to: file)
            let error = #expect(throws: ConfigurationError.self) { try RegistryConfiguration.load(schemas: folder) }
            #expect(error?.english.contains(expected) == true, "\(String(describing: error))")
            #expect(error?.english.contains("environment.json") == true)
        }
        try FileManager.default.removeItem(at: file)
        #expect(throws: ConfigurationError.missing(file: file.path)) { try RegistryConfiguration.load(schemas: folder) }
    }
}
