import ClimateQuality
import Foundation
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

/// An observation import stores the NAI annual means of the stations it changed, in its own
/// transaction, so that a homestay's page reads one row per station instead of a year of hourly rows.
@Suite struct NAIAnnualMeanStoreTests {
    static let station = ClimateFixture.naiStation("N01", latitude: 40.610, elevation: 730)

    /// A registry with the station and its 2025 hourly rows at an NAI level of `nai`.
    func registry(_ fixture: StoreFixture, nai: Double) throws -> Registry {
        let registry = try fixture.open()
        try ClimateFixture.load([Self.station], rows: ClimateFixture.rows([Self.station], year: 2025, nai: nai), into: registry)
        return registry
    }

    /// The mean computed afresh from the stored observations, as the page computed it before means were stored.
    func computed(_ registry: Registry, year: Int) throws -> StationNAIAnnualMean {
        try registry.read { StationNAIAnnualMean(series: try StoredObservations.dailySeries(of: "N01", in: $0.db), year: year) }
    }

    func stored(_ registry: Registry, year: Int) throws -> StationNAIAnnualMean {
        try registry.read { try $0.naiAnnualMean(of: "N01", year: year) }
    }

    func hasRow(_ registry: Registry, year: Int) throws -> Bool {
        try registry.read { try StationYearTable.naiAnnualMeans.stored(of: "N01", year: year, in: $0.db) != nil }
    }

    @Test func anImportStoresTheMeanOfEveryYearWithObservations() throws {
        let registry = try registry(StoreFixture(), nai: 2000)
        let mean = try stored(registry, year: 2025)
        #expect(try hasRow(registry, year: 2025))
        #expect(mean == (try computed(registry, year: 2025)))
        #expect(mean.isValid)
        #expect(try !hasRow(registry, year: 2024))
        #expect(try stored(registry, year: 2024) == (try computed(registry, year: 2024)))
        #expect(try !stored(registry, year: 2024).isValid)
    }

    @Test func aReplacingImportUpdatesTheMeanAndARefusedOneKeepsIt() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture, nai: 2000)
        let before = try stored(registry, year: 2025)
        let lower = ObservationCSVWriter.hourlyCSV(ClimateFixture.rows([Self.station], year: 2025, nai: 600))
        #expect(throws: ClimateStoreError.self) {
            try registry.write { try $0.importObservations(lower, file: "lower.csv", kind: .hourly, by: StoreFixture.meteorologist) }
        }
        #expect(try stored(registry, year: 2025) == before)
        try registry.write { try $0.importObservations(lower, file: "lower.csv", kind: .hourly, replacing: true, by: StoreFixture.meteorologist) }
        let after = try stored(registry, year: 2025)
        #expect(after == (try computed(registry, year: 2025)))
        #expect(try #require(after.mean) < 1000 && after != before)
    }

    @Test func theMigrationFillsTheMeansOfObservationsAlreadyStored() throws {
        let fixture = StoreFixture()
        let expected = try stored(try registry(fixture, nai: 2000), year: 2025)
        try fixture.tamper("DROP TABLE nai_annual_means; DELETE FROM grdb_migrations WHERE identifier = 'v10-nai-means'")
        let reopened = try fixture.open()
        #expect(try hasRow(reopened, year: 2025))
        #expect(try stored(reopened, year: 2025) == expected)
    }
}
