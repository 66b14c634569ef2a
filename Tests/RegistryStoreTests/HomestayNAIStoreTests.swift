import ClimateQuality
import Foundation
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

@Suite struct HomestayNAIStoreTests {
    /// 0.01° of latitude is about 1.1 km.
    static let near = ClimateFixture.naiStation("N01", latitude: 40.610, elevation: 730)
    static let farther = ClimateFixture.naiStation("N02", latitude: 40.630, elevation: 680)
    static let sixKilometres = ClimateFixture.naiStation("N03", latitude: 40.654, elevation: 700)
    static let higher = ClimateFixture.naiStation("N04", latitude: 40.605, elevation: 850)

    /// The homestay's verdict on 2026-08-03 (reading 2025 means) with `stations` and their 2025 data.
    func verdict(_ stations: [Station], rows: [HourlyObservation]? = nil) throws -> RuleVerdict {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        try ClimateFixture.load(stations, rows: rows ?? ClimateFixture.rows(stations, year: 2025), into: registry)
        let uscc = USCC.completing("92110229MA01ABCD1")!
        let homestay = try Subject(operatorID: uscc, name: "八亩地云舍", town: "珍珠泉乡", details: .homestay(HomestayDetails(
            address: "八亩地村 3 号", rooms: 8, location: ClimateFixture.homestay)))
        return try registry.write { tx in
            try tx.addOperator(try Operator(uscc: uscc.value, name: "北京八亩地云舍旅游有限公司", kind: .company, town: "珍珠泉乡",
                                            address: "八亩地村 3 号"), by: StoreFixture.clerk)
            let subject = try tx.addSubject(homestay, by: StoreFixture.clerk)
            let number = try tx.apply(subjectID: subject.id, evidence: [], by: StoreFixture.clerk).number
            return try #require(try tx.evaluateRules(number).first { $0.ruleID == "nai-annual-mean" })
        }
    }

    @Test func theNearestValidStationDecides() throws {
        let verdict = try verdict([Self.farther, Self.near])
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.contains("负氧离子站N01 (N01)") && verdict.reason.contains("2025 年均"))
    }

    @Test func aNearerStationWithAnInvalidYearIsPassedOver() throws {
        let rows = ClimateFixture.rows([Self.near, Self.farther], year: 2025).filter { $0.stationID != "N01" || $0.time.date.month != 3 }
        let verdict = try verdict([Self.near, Self.farther], rows: rows)
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.contains("(N02)"))
    }

    @Test func aStationSixKilometresAwayIsRefused() throws {
        let verdict = try verdict([Self.sixKilometres])
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.contains("5.0 km") && verdict.reason.contains("(N03)，距 6.0 km"))
    }

    @Test func aStation150MetresHigherIsRefused() throws {
        let verdict = try verdict([Self.higher])
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.contains("高差 +150 m"))
    }

    @Test func aLowMeanFails() throws {
        let verdict = try verdict([Self.near], rows: ClimateFixture.rows([Self.near], year: 2025, nai: 800))
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.contains("低于 1000"))
    }
}
