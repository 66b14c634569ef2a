import ClimateQuality
import Foundation
import RegistryCore
import RegistryFixtures
import Testing
@testable import RegistryStore

/// Figures people type that once trapped the process: an hour before 1970, a pack size of a
/// hundred-billionth of a kilogram, and the bounds that refuse them now (observation dates from the
/// configured earliest year to tomorrow by the registry's clock, a pack of at least 1 g, a quota of at
/// most 10,000,000 labels).
@Suite struct InputBoundsStoreTests {
    static let header = "station_id,time,valid_minutes,temperature,precipitation,humidity"

    func stationRegistry(_ fixture: StoreFixture, clock: TestClock) throws -> Registry {
        let registry = try fixture.open(clock: clock)
        try registry.write { try $0.addStation(ClimateFixture.weather, by: StoreFixture.meteorologist) }
        return registry
    }

    func importLines(_ lines: [String], into registry: Registry) throws -> ObservationImportReport {
        try registry.write {
            try $0.importObservations(Data(([Self.header] + lines).joined(separator: "\n").utf8), file: "t.csv", kind: .hourly,
                                      by: StoreFixture.meteorologist)
        }
    }

    @Test func anHourBefore1970IsStoredAndReadBack() throws {
        let fixture = StoreFixture()
        let registry = try stationRegistry(fixture, clock: TestClock(day: "2026-11-25"))
        let report = try importLines(["T01,1969-12-31T23:00,60,-5.0,0,65", "T01,1970-01-01T00:00,60,-5.5,0,66"], into: registry)
        #expect(report.inserted == 2)
        try registry.read { tx throws in
            let coverage = try tx.observationCoverage(of: "T01")
            #expect(coverage.firstHour == "1969-12-31T23:00" && coverage.lastHour == "1970-01-01T00:00")
            let series = try tx.dailySeries(of: "T01")
            #expect(series.years == [1969, 1970])
        }
    }

    @Test func observationsOutsideTheYearsTakenAreRefusedByTheRegistryClock() throws {
        let fixture = StoreFixture()
        let clock = TestClock(day: "2026-11-25")
        let registry = try stationRegistry(fixture, clock: clock)
        let before = try fixture.dump()
        var refused: ObservationImportReport?
        do {
            _ = try importLines(["T01,1949-12-31T23:00,60,-5.0,0,65", "T01,2026-11-27T00:00,60,1.0,0,65"], into: registry)
        } catch ClimateStoreError.importRefused(let report) {
            refused = report
        }
        let report = try #require(refused)
        #expect(report.rejections.map(\.line) == [2, 3])
        #expect(report.rejections.allSatisfy { $0.reason == .outsideDates(earliest: "1950-01-01", latest: "2026-11-26") })
        #expect(report.rejections[0].reason.chinese == "时间应在 1950-01-01 至 2026-11-26 之间")
        #expect(try fixture.dump() == before)
        // The first day taken and tomorrow are taken; a day later, so is the day after.
        #expect(try importLines(["T01,1950-01-01T00:00,60,-5.0,0,65", "T01,2026-11-26T23:00,60,1.0,0,65"], into: registry).inserted == 2)
        clock.set(day: "2026-11-26")
        #expect(try importLines(["T01,2026-11-27T00:00,60,1.0,0,65"], into: registry).inserted == 1)
    }

    func product(packKg: Double, expectedKg: Double = 150_000) throws -> Subject {
        try Subject(operatorID: USCC.completing("93110119MA01ABCD1")!, name: "巨峰葡萄", town: "张山营镇", details: .product(ProductDetails(
            crop: "葡萄", variety: "巨峰", plot: "东坡地块", location: GeoPoint(latitude: 40.49, longitude: 115.87), areaMu: 100,
            season: 2026, expectedOutputKg: expectedKg, packSizeKg: packKg)))
    }

    @Test(arguments: [(0.000_000_000_01, 150_000.0, "「包装规格」应不小于 0.001 公斤"),
                      (0.000_9, 1.0, "「包装规格」应不小于 0.001 公斤"),
                      (1.0, 100_000_000.0, "「包装规格」预计产量 ÷ 包装规格 × 1.05 超过标签配额上限 10000000 枚")])
    func aPackTooSmallOrAQuotaTooLargeIsRefusedWhenTheSubjectIsRegistered(packKg: Double, expectedKg: Double, message: String) throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        _ = try fixture.grapeSubject(registry)
        let before = try fixture.dump()
        let subject = try product(packKg: packKg, expectedKg: expectedKg)
        #expect { try registry.write { try $0.addSubject(subject, by: StoreFixture.clerk) } } throws: { error in
            (error as? FieldError)?.chinese == message
        }
        #expect(try fixture.dump() == before)
        let smallest = try product(packKg: 0.001, expectedKg: 9_000)
        #expect(try registry.write { try $0.addSubject(smallest, by: StoreFixture.clerk) }.id > 0)
    }

    @Test func closingPublicityOfAStoredSubjectWithATinyPackIsRefusedOnEveryRetry() throws {
        let fixture = StoreFixture()
        let number = try fixture.reviewedApplication(try fixture.open())
        try fixture.open().write { try $0.approve(number, by: StoreFixture.approver) }
        try fixture.tamper(#"UPDATE subjects SET body = replace(body, '"packSizeKg":5', '"packSizeKg":1e-11')"#)
        let before = try fixture.dump()
        for _ in 0..<2 {
            #expect(throws: FieldError.self) { try fixture.open(on: "2026-08-11").write { try $0.closePublicity(number, by: StoreFixture.approver) } }
        }
        #expect(try fixture.dump() == before)
    }
}
