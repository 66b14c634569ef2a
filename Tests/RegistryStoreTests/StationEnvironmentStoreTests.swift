import ClimateQuality
import Foundation
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

/// An observation import stores each changed station's environment figures of every year, in its own
/// transaction, so that the environment indicators read one row per station instead of a year of
/// hourly rows of every station.
@Suite struct StationEnvironmentStoreTests {
    static let nai = ClimateFixture.naiStation("N01", latitude: 40.610, elevation: 730)
    static let stations = [ClimateFixture.weather, nai]

    /// A registry with both stations and their hourly rows of `year`.
    func registry(_ fixture: StoreFixture, year: Int = 2025) throws -> Registry {
        let registry = try fixture.open()
        try ClimateFixture.load(Self.stations, rows: ClimateFixture.rows(Self.stations, year: year), into: registry)
        return registry
    }

    /// The report computed afresh from the stored observations, as it was computed before figures were
    /// stored, with the comfort months of the fixture's weather station T01.
    func computed(_ registry: Registry, year: Int) throws -> EnvironmentReport {
        try registry.read { tx in
            try tx.environmentReport(year: year, comfortStationID: "T01") { StationYearEnvironment(series: try tx.dailySeries(of: $0.id), year: year) }
        }
    }

    func stored(_ registry: Registry, year: Int) throws -> EnvironmentReport {
        try registry.read { try $0.environmentReport(year: year, comfortStationID: "T01") }
    }

    func rows(_ registry: Registry, year: Int) throws -> [String] {
        try registry.read { tx in try Self.stations.map(\.id).filter { try StationYearTable.environment.stored(of: $0, year: year, in: tx.db) != nil } }
    }

    @Test func anImportStoresTheFiguresOfEveryStationAndYearWithObservations() throws {
        let registry = try registry(StoreFixture())
        #expect(try rows(registry, year: 2025) == ["T01", "N01"])
        #expect(try rows(registry, year: 2024).isEmpty)
        for station in Self.stations {
            let stored = try registry.read { try $0.stationEnvironment(of: station.id, year: 2025) }
            #expect(stored == (try registry.read { StationYearEnvironment(series: try $0.dailySeries(of: station.id), year: 2025) }))
        }
        let report = try stored(registry, year: 2025)
        #expect(report == (try computed(registry, year: 2025)))
        #expect(report.comfortStation?.id == "T01" && report.comfort.count == 12)
        #expect(try stored(registry, year: 2024) == (try computed(registry, year: 2024)))
        #expect(try stored(registry, year: 2024).comfort.isEmpty)
        let representative = try registry.read { try $0.environmentReport(year: 2025) }
        #expect(representative == (try registry.read { tx in
            try tx.environmentReport(year: 2025, comfortStationID: nil) { StationYearEnvironment(series: try tx.dailySeries(of: $0.id), year: 2025) }
        }))
    }

    @Test func aLaterImportRefreshesTheFiguresOfItsStations() throws {
        let registry = try registry(StoreFixture())
        #expect(try stored(registry, year: 2024).comfort.isEmpty)
        let earlier = ObservationCSVWriter.hourlyCSV(ClimateFixture.rows(Self.stations, year: 2024))
        try registry.write { try $0.importObservations(earlier, file: "2024.csv", kind: .hourly, by: StoreFixture.meteorologist) }
        #expect(try rows(registry, year: 2024) == ["T01", "N01"])
        let report = try stored(registry, year: 2024)
        #expect(report == (try computed(registry, year: 2024)))
        #expect(report.comfortStation?.id == "T01" && report.comfort.count == 12)
    }

    @Test func aBulkLoadDefersTheFiguresToOneRefreshAndStoresTheSameOnes() throws {
        let expected = try stored(try registry(StoreFixture()), year: 2025)
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let observations = ClimateFixture.rows(Self.stations, year: 2025)
        try registry.write { tx in
            for station in Self.stations { try tx.addStation(station, by: StoreFixture.meteorologist) }
            for half in [observations.filter { $0.time.date.month <= 6 }, observations.filter { $0.time.date.month > 6 }] {
                try tx.importObservations([ObservationFile(name: "half.csv", data: ObservationCSVWriter.hourlyCSV(half))], kind: .hourly,
                                          by: StoreFixture.meteorologist, deferringStationYears: true)
            }
            #expect(try StationYearTable.environment.stored(of: "T01", year: 2025, in: tx.db) == nil)
            try tx.refreshStationYears()
        }
        #expect(try rows(registry, year: 2025) == ["T01", "N01"])
        #expect(try stored(registry, year: 2025) == expected)
        #expect(try registry.read { try $0.naiAnnualMean(of: "N01", year: 2025) }
                    == (try registry.read { StationNAIAnnualMean(series: try $0.dailySeries(of: "N01"), year: 2025) }))
    }

    @Test func theMigrationFillsTheFiguresOfObservationsAlreadyStored() throws {
        let fixture = StoreFixture()
        let expected = try stored(try registry(fixture), year: 2025)
        try fixture.tamper("DROP TABLE station_environment; DELETE FROM grdb_migrations WHERE identifier = 'v11-station-environment'")
        let reopened = try fixture.open()
        #expect(try rows(reopened, year: 2025) == ["T01", "N01"])
        #expect(try stored(reopened, year: 2025) == expected)
    }
}
