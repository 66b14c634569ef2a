import ClimateQuality
import Foundation
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

/// A strawberry grown in a solar greenhouse is assessed on the sensor inside the greenhouse
/// (设施内传感器), never on the open-air station next to it.
@Suite struct GreenhouseAssessmentStoreTests {
    static let sensor = Station(id: "G01", name: "草莓温室", townID: Yanqing.town(named: "张山营镇")!.id,
                                location: GeoCoordinate(latitude: 40.478, longitude: 115.861), elevation: 528, kind: .greenhouse)

    /// Season 2026 of a strawberry in the greenhouse, 300 m from the weather station T01 (with its data).
    func strawberry(_ registry: Registry) throws -> Int64 {
        try ClimateFixture.load([ClimateFixture.weather], rows: ClimateFixture.rows([ClimateFixture.weather], year: 2026), into: registry)
        let uscc = USCC.completing("93110119MA01ABCD1")!
        let subject = try Subject(operatorID: uscc, name: "红颜草莓", town: "张山营镇", details: .product(ProductDetails(
            crop: "草莓", variety: "红颜", plot: "温室 3 号", location: GeoPoint(latitude: 40.478, longitude: 115.862, elevation: 528),
            areaMu: 2, season: 2026, expectedOutputKg: 4000, packSizeKg: 1)))
        return try registry.write { tx in
            try tx.addOperator(try Operator(uscc: uscc.value, name: "北京张山营草莓专业合作社", kind: .cooperative, town: "张山营镇",
                                            address: "1 号"), by: StoreFixture.clerk)
            return try tx.addSubject(subject, by: StoreFixture.clerk).id
        }
    }

    @Test func theOpenAirStationIsRefusedAndTheSensorGradesTheSeason() throws {
        let registry = try StoreFixture().open(on: "2026-08-03")
        let subject = try strawberry(registry)
        let none = #expect(throws: ClimateStoreError.self) {
            try registry.read { try $0.assessSeason(subjectID: subject, by: StoreFixture.reviewer) }
        }
        #expect(none?.chinese.contains("没有可代表的设施内传感器") == true)
        #expect(none?.chinese.contains("请在温室内安装并登记设施内传感器") == true)
        let named = #expect(throws: ClimateStoreError.self) {
            try registry.read { try $0.assessSeason(subjectID: subject, stationID: "T01", by: StoreFixture.reviewer) }
        }
        #expect(named == .climateQuality(.wrongStationKind(crop: "草莓（日光温室）", modelID: "strawberry", stationName: "果园站",
                                                           stationID: "T01", kind: .weather, required: .greenhouse)))
        #expect(throws: ClimateStoreError.self) {
            try registry.write { try $0.issueCertificate(subjectID: subject, stationID: "T01", by: StoreFixture.meteorologist) }
        }

        let rows = DemoObservationGenerator(sites: [DemoSite(station: Self.sensor, normals: .solarGreenhouse, weatherCoupling: 0.25)], seed: 7)
            .hourlyObservations(years: 2025...2026)
        try ClimateFixture.load([Self.sensor], rows: rows, into: registry)
        let assessment = try registry.read { try $0.assessSeason(subjectID: subject, by: StoreFixture.reviewer) }
        #expect(assessment.station.station.id == "G01")
        #expect((assessment.grade ?? .ordinary) >= .veryGood, "\(assessment.outcome)")
        let certificate = try registry.write { try $0.issueCertificate(subjectID: subject, by: StoreFixture.meteorologist) }
        #expect(certificate.station.contains("草莓温室 (G01)"))
        #expect(certificate.number == "YQQP-2026-CM-0001")
    }
}
