import ClimateQuality
import Foundation
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

@Suite struct ObservationImportStoreTests {
    static let header = "station_id,time,valid_minutes,temperature,precipitation,humidity"
    static let good = ["T01,2026-06-01T00:00,60,18.2,0,65", "T01,2026-06-01T01:00,60,17.9,0.2,70", "T01,2026-06-01T02:00,,17.5,,72"]

    /// A registry with the weather station and the three good rows stored.
    func registry(_ fixture: StoreFixture) throws -> Registry {
        let registry = try fixture.open(on: "2026-11-25")
        try registry.write { try $0.addStation(ClimateFixture.weather, by: StoreFixture.meteorologist) }
        try importFile(Data(([Self.header] + Self.good).joined(separator: "\n").utf8), into: registry)
        return registry
    }

    @discardableResult
    func importFile(_ data: Data, into registry: Registry, replacing: Bool = false) throws -> ObservationImportReport {
        try registry.write { try $0.importObservations(data, file: "t.csv", kind: .hourly, replacing: replacing, by: StoreFixture.meteorologist) }
    }

    /// Imports a bad file and returns its refusal; the registry must be unchanged.
    func refusal(_ lines: [String], fixture: StoreFixture, registry: Registry) throws -> ObservationImportReport {
        try refusal(Data(lines.joined(separator: "\n").utf8), fixture: fixture, registry: registry)
    }

    func refusal(_ data: Data, fixture: StoreFixture, registry: Registry) throws -> ObservationImportReport {
        let before = try fixture.dump()
        var refused: ObservationImportReport?
        do {
            try importFile(data, into: registry)
        } catch ClimateStoreError.importRefused(let report) {
            refused = report
        }
        #expect(try fixture.dump() == before, "a refused import changed the registry")
        return try #require(refused)
    }

    @Test func aCleanFileIsStoredAndAudited() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        try registry.read { tx throws in
            #expect(try tx.observationCoverage(of: "T01").hourlyRows == 3)
            let event = try #require(try tx.auditEvents(entity: .observationImport).first)
            #expect(event.actor == "孙卫东" && event.action.rawValue == "importObservations" && event.reason == "t.csv")
            #expect(event.entityID.count == 64 && event.details?.contains("\"inserted\":3") == true)
            let day = try #require(tx.dailySeries(of: "T01").readings(on: CivilDate(year: 2026, month: 6, day: 1)!))
            #expect(day.temperature?.value == (18.2 + 17.9 + 17.5) / 3 && day.temperature?.flag == .incomplete)
        }
    }

    @Test func malformedCSVIsRefusedByLineAndChangesNothing() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let report = try refusal([Self.header, "T01,2026-06-02T00:00,60,1\"8.2,0,65", "T01,2026-06-02T01:00,60,18,0,65"],
                                 fixture: fixture, registry: registry)
        #expect(report.rejections.map(\.line) == [2])
        #expect(report.rejections[0].reason == .malformedQuoting)
    }

    @Test func aTemperatureOf250IsRefusedByLineAndColumn() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let report = try refusal([Self.header, "T01,2026-06-02T00:00,60,18,0,65", "T01,2026-06-02T01:00,60,250,0,65"],
                                 fixture: fixture, registry: registry)
        #expect(report.rejections == [RowRejection(line: 3, column: "temperature", value: "250",
                                                   reason: .outOfRange(lower: -60, upper: 60, unit: "℃"))])
        #expect(ClimateStoreError.importRefused(report).chinese.contains("1 行有误"))
    }

    @Test func duplicateTimestampsAreRefused() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let report = try refusal([Self.header, "T01,2026-06-02T00:00,60,18,0,65", "T01,2026-06-02T00:00,60,18,0,65"],
                                 fixture: fixture, registry: registry)
        #expect(report.rejections.map(\.line) == [3])
        #expect(report.rejections[0].reason == .duplicateTimestamp(firstLine: 2))
    }

    @Test func nonUTF8BytesAreRefusedByLine() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        var data = Data((Self.header + "\nT01,2026-06-02T00:00,60,18,0,65\nT01,2026-06-02T01:00,60,18,0,").utf8)
        data.append(contentsOf: [0xFF, 0xFE])
        let report = try refusal(data, fixture: fixture, registry: registry)
        #expect(report.rejections.map(\.line) == [3])
        #expect(report.rejections[0].reason == .notUTF8)
    }

    @Test func aFileCutInTheMiddleIsRefusedByLine() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let report = try refusal([Self.header, "T01,2026-06-02T00:00,60,18,0,65", "T01,2026-06-02T01:00,60,1"],
                                 fixture: fixture, registry: registry)
        #expect(report.rejections.map(\.line) == [3])
        #expect(report.rejections[0].reason == .fieldCount(expected: 6, found: 4))
        let quoted = try refusal([Self.header, "T01,2026-06-02T00:00,60,18,0,\"6"], fixture: fixture, registry: registry)
        #expect(quoted.rejections.map(\.reason) == [.unterminatedQuote])
    }

    @Test func anUnregisteredStationIsRefused() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let report = try refusal([Self.header, "X99,2026-06-02T00:00,60,18,0,65"], fixture: fixture, registry: registry)
        #expect(report.rejections.map(\.reason) == [.unknownStation])
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let before = try fixture.dump()
        let again = try importFile(Data(([Self.header] + Self.good).joined(separator: "\n").utf8), into: registry)
        #expect(again.changedNothing && again.unchanged == 3)
        #expect(try fixture.dump() == before)
    }

    @Test func aRowDifferingFromTheStoredOneIsReportedNotOverwritten() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let changed = [Self.header, Self.good[0], "T01,2026-06-01T01:00,60,21.0,0.2,70", "T01,2026-06-01T03:00,60,17,0,70"]
        let report = try refusal(changed, fixture: fixture, registry: registry)
        #expect(report.conflicts == [ObservationConflict(stationID: "T01", time: "2026-06-01T01:00", column: "temperature",
                                                         stored: "17.9", incoming: "21.0")])
        let replaced = try importFile(Data(changed.joined(separator: "\n").utf8), into: registry, replacing: true)
        #expect(replaced.replaced == 1 && replaced.inserted == 1 && replaced.unchanged == 1)
        try registry.read { tx throws in
            #expect(try tx.observationCoverage(of: "T01").hourlyRows == 4)
            #expect(try tx.auditEvents(entity: .observationImport).first?.details?.contains("\"replaced\":1") == true)
        }
    }

    @Test func severalFilesImportTogetherOrNotAtAll() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let before = try fixture.dump()
        let next = ObservationFile(name: "b.csv", data: Data("\(Self.header)\nT01,2026-06-01T05:00,60,18,0,65".utf8))
        let bad = ObservationFile(name: "c.csv", data: Data("\(Self.header)\nT01,2026-06-01T06:00,60,250,0,65".utf8))
        #expect(throws: ClimateStoreError.self) {
            try registry.write { try $0.importObservations([next, bad], kind: .hourly, by: StoreFixture.meteorologist) }
        }
        #expect(try fixture.dump() == before)
        let other = ObservationFile(name: "d.csv", data: Data("\(Self.header)\nT01,2026-06-01T06:00,60,19,0,65".utf8))
        let reports = try registry.write { try $0.importObservations([next, other], kind: .hourly, by: StoreFixture.meteorologist) }
        #expect(reports.map(\.inserted) == [1, 1])
        #expect(try registry.read { try $0.auditEvents(entity: .observationImport).map(\.reason) } == ["d.csv", "b.csv", "t.csv"])
    }

    @Test func onlyTheMeteorologistImports() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        #expect(throws: RegistryError.roleNotAllowed(role: .reviewer, action: .importObservations)) {
            try registry.write { try $0.importObservations(Data(), file: "t.csv", kind: .hourly, by: StoreFixture.reviewer) }
        }
    }

    @Test func dailyFilesAddElementsTheHourlyDataLack() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        try registry.write {
            try $0.importObservations(Data("station_id,date,aqi,temperature\nT01,2026-06-01,45,30\n".utf8), file: "aqi.csv",
                                      kind: .daily, by: StoreFixture.meteorologist)
        }
        let day = try registry.read { try $0.dailySeries(of: "T01").readings(on: CivilDate(year: 2026, month: 6, day: 1)!) }
        #expect(day?.aqi?.value == 45)
        #expect(day?.temperature?.value != 30)
    }

    /// The stored hourly rows of `station`, in time order.
    func storedRows(of station: String, in registry: Registry) throws -> [HourlyObservation] {
        try registry.read { tx in try StoredObservations.hourlyRows(of: station, after: Int.min, limit: Int.max, in: tx.db) }
    }

    @Test func rowsOutOfOrderAreStoredWithTheFlagsOfTheWholeFile() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let nai = ClimateFixture.naiStation("N01", latitude: 40.6, elevation: 700)
        try registry.write { try $0.addStation(nai, by: StoreFixture.meteorologist) }
        let rows = QualityControlScenario.rows(stations: ["N01", "T01"], hours: 6_000, seed: 5)
        var expected = rows
        ReferenceQualityControl().apply(to: &expected)
        let file = ObservationCSVWriter.hourlyCSV(QualityControlScenario.shuffled(rows))
        let report = try importFile(file, into: registry)
        #expect(report.inserted == rows.count)
        let flagged = expected.reduce(0) { count, row in
            count + ObservationElement.hourlyElements.filter { row.readings[$0]?.flag.countsAsValid == false }.count
        }
        #expect(report.flaggedReadings == flagged)
        for station in ["N01", "T01"] {
            let stored = try storedRows(of: station, in: registry).filter { $0.time.date.year == 2025 }
            #expect(stored.map(\.readings) == expected.filter { $0.stationID == station }.sorted { $0.time < $1.time }.map(\.readings))
        }
        let before = try fixture.dump()
        #expect(try importFile(file, into: registry).changedNothing)
        #expect(try fixture.dump() == before)
    }

    @Test func aRowOutOfOrderMeetingStoredRowsLeavesTheirFlags() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let stuck = (0..<8).map { "T01,2026-06-02T0\($0):00,60,12,0,65" }
        try importFile(Data(([Self.header] + stuck.prefix(3)).joined(separator: "\n").utf8), into: registry)
        let flags = { try self.storedRows(of: "T01", in: registry).filter { $0.time.date.day == 2 }.map { $0.readings.temperature?.flag } }
        #expect(try flags() == [.valid, .valid, .valid])
        let report = try importFile(Data(([Self.header] + stuck.reversed()).joined(separator: "\n").utf8), into: registry)
        #expect(report.inserted == 5 && report.unchanged == 3 && report.flaggedReadings == 8)
        #expect(try flags() == [.valid, .valid, .valid] + Array(repeating: .stuck, count: 5))
    }

    @Test func aFileRefusedAfterManyBatchesStoresNothing() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let rows = QualityControlScenario.rows(stations: ["T01"], hours: 12_000, seed: 9)
        var text = String(decoding: ObservationCSVWriter.hourlyCSV(rows), as: UTF8.self)
        text += "T01,2024-01-01T00:00,60,250,65,1000\n"
        let report = try refusal(Data(text.utf8), fixture: fixture, registry: registry)
        #expect(report.rejections.map(\.line) == [rows.count + 2] && report.inserted == 0)
    }

    @Test func refusalsBeyondTenThousandAreCountedAndSaidSo() throws {
        let fixture = StoreFixture()
        let registry = try registry(fixture)
        let lines = [Self.header] + (0..<10_005).map { "T01,2026-07-01T00:00,60,x\($0),0,65" }
        let report = try refusal(lines, fixture: fixture, registry: registry)
        #expect(report.rejections.count == ObservationImporter.listedRejections)
        #expect(report.rejectedLines == 10_005 && report.unlistedRejectedLines == 5)
        #expect(ClimateStoreError.importRefused(report).chinese.contains("10005 行有误"))
    }
}
