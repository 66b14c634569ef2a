import ClimateQuality
import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The console's side of representative stations, greenhouse sensors and grades on printed values:
/// the data officer registers a greenhouse sensor, a greenhouse crop is refused on an open-air
/// station with the reason, and the dashboard and quarterly report name the representative stations
/// and say when one has no data.
@Suite(.serialized) struct ConsoleClimateStationTests {
    static let greenhouse: [(String, String)] = [
        ("id", "G01"), ("name", "草莓温室"), ("town", "张山营镇"), ("lat", "40.478"), ("lon", "115.861"), ("elevation", "528"),
        ("kind", "greenhouse"),
    ]

    @Test func theDataOfficerRegistersAGreenhouseSensor() async throws {
        let harness = try await ConsoleHarness(day: "2026-11-25")
        let meteorologist = try await harness.signedIn("孙卫东", roles: [.meteorologist])
        let form = try await meteorologist.get("/console/data")
        #expect(form.text.contains(#"id="station-form""#) && form.text.contains(#"<option value="greenhouse""#))
        #expect(form.text.contains("设施内传感器"))
        let before = try harness.dump()
        let bad = try await meteorologist.post("/console/data/stations", Self.greenhouse.map { $0.0 == "lat" ? ($0.0, "北纬") : $0 })
        #expect(bad.status == 422 && bad.text.contains("应为数字") && bad.text.contains(#"value="草莓温室""#))
        let badKind = try await meteorologist.post("/console/data/stations", Self.greenhouse.map { $0.0 == "kind" ? ($0.0, "tent") : $0 })
        #expect(badKind.status == 422 && badKind.text.contains("请从列表中选择类别"))
        #expect(try harness.dump() == before)
        let stored = try await meteorologist.post("/console/data/stations", Self.greenhouse)
        #expect(stored.status == 303)
        #expect(try harness.registry.read { try $0.station("G01") }.kind == .greenhouse)
        let page = try await meteorologist.get("/console/data")
        #expect(page.text.contains("已登记监测站 G01 草莓温室（设施内传感器）"))
        let again = try await meteorologist.post("/console/data/stations", Self.greenhouse)
        #expect(again.status == 422 && again.text.contains(#"id="station-error""#))
        let reviewer = try await harness.signedIn("李强", roles: [.reviewer])
        #expect(!(try await reviewer.get("/console/data").text.contains(#"id="station-form""#)))
        #expect(try await reviewer.post("/console/data/stations", Self.greenhouse).status == 403)
    }

    @Test func aGreenhouseCropIsRefusedOnAnOpenAirStationWithTheReason() async throws {
        let harness = try await ConsoleHarness(day: "2026-08-03")
        try ClimateFixture.load([ClimateFixture.weather], rows: ClimateFixture.rows([ClimateFixture.weather], year: 2026), into: harness.registry)
        let uscc = USCC.completing("93110119MA01ABCD1")!
        let subject = try harness.registry.write { tx in
            try tx.addOperator(try Operator(uscc: uscc.value, name: "北京张山营草莓专业合作社", kind: .cooperative, town: "张山营镇",
                                            address: "1 号"), by: StoreFixture.clerk)
            return try tx.addSubject(try Subject(operatorID: uscc, name: "红颜草莓", town: "张山营镇", details: .product(ProductDetails(
                crop: "草莓", variety: "红颜", plot: "温室 3 号", location: GeoPoint(latitude: 40.478, longitude: 115.862, elevation: 528),
                areaMu: 2, season: 2026, expectedOutputKg: 4000, packSizeKg: 1))), by: StoreFixture.clerk).id
        }
        let reviewer = try await harness.signedIn("李强", roles: [.reviewer])
        let named = try await reviewer.get("/console/data/assessments?subject=\(subject)&station=T01")
        #expect(named.text.contains("草莓（日光温室） 须用设施内传感器的观测资料评估"))
        #expect(named.text.contains("果园站 (T01) 是气象站"))
        let chosen = try await reviewer.get("/console/data/assessments?subject=\(subject)")
        #expect(chosen.text.contains("没有可代表的设施内传感器"))
        #expect(chosen.text.contains("请在温室内安装并登记设施内传感器"))
    }

    @Test func theDashboardAndQuarterlyReportNameTheRepresentativeStations() async throws {
        let harness = try await ConsoleHarness(day: "2026-09-01")
        let observed = [ClimateFixture.weather]
        try ClimateFixture.load(observed, rows: ClimateFixture.rows(observed, year: 2025), into: harness.registry)
        let auditor = try await harness.signedIn("钱审计", roles: [.auditor])
        let dashboard = try await auditor.get("/console/dashboard").text
        #expect(dashboard.contains("代表站 54406（未登记）"))
        #expect(dashboard.contains("代表站无 2025 年观测资料"))
        #expect(dashboard.contains("代表站 全部负氧离子站（0 个）"))
        let report = try await auditor.get("/console/reports/quarterly?year=2026&quarter=3").text
        #expect(report.contains("舒适度代表站 54406 无 2026 年观测资料，未改用其他站"))
        let csv = try await auditor.get("/console/reports/quarterly.csv?year=2026&quarter=3").text
        #expect(csv.contains("代表站 54406（未登记）"))
    }
}
