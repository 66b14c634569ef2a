import ClimateQuality
import Foundation
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

/// A label's page and its JSON show the season's highlights of the certificate behind its grade, linked
/// to the certificate's page, and a homestay's nearest NAI station with its annual mean and grade.
@Suite struct LabelClimateTests {
    @Test func aCertifiedProductShowsItsHighlightsAndLinksTheCertificate() async throws {
        let harness = try await ServerHarness()
        let store = harness.fixture.store
        let certificate = try ClimateFixture.certifiedGrape(in: store)
        var generator = SeededGenerator(seed: 11)
        let (_, codes) = try store.open(on: "2026-11-25").write { tx in
            try DirectoryFixture.license(certificate.subjectID, in: tx, on: "2026-10-01", codes: &generator)
        }
        let highlights = try harness.fixture.registry.read { try $0.assessment(ofCertificate: certificate.number).highlights }
        #expect(!highlights.isEmpty)
        let page = try await harness.get("/v/\(codes[0].text)").text
        #expect(page.contains(certificate.grade.chinese))
        #expect(page.contains("href=\"/certificate/\(certificate.number)\""))
        for sentence in highlights { #expect(page.contains(sentence), "\(sentence)") }
        let english = try await harness.get("/v/\(codes[0].text)?lang=en").text
        #expect(english.contains("href=\"/certificate/\(certificate.number)?lang=en\""))
        let api = try await harness.get("/api/v1/labels/\(codes[0].text)").json(LabelJSON.self)
        let document = try #require(api.certificate)
        #expect(document.number == certificate.number && document.page == "/certificate/\(certificate.number)")
        #expect(document.highlights == highlights && api.nai == nil)
    }

    @Test func aHomestayShowsTheNearestStationsMeanAndGrade() async throws {
        let harness = try await ServerHarness()
        let registry = harness.fixture.registry
        let near = ClimateFixture.naiStation("N01", latitude: 40.610, elevation: 730)
        let farther = ClimateFixture.naiStation("N02", latitude: 40.630, elevation: 680)
        try ClimateFixture.load([near, farther], rows: ClimateFixture.rows([near], year: 2025, nai: 2000)
                                    + ClimateFixture.rows([farther], year: 2025, nai: 600), into: registry)
        let uscc = USCC.completing("92110229MA01ABCD1")!
        let permits = try [EvidenceKind.businessLicence, .specialTradePermit, .hygienePermit, .firePermit].map {
            try Evidence(kind: $0, reference: "\($0.rawValue)-0001", validUntil: Day("2028-12-31"))
        }
        var generator = SeededGenerator(seed: 12)
        let (_, codes) = try registry.write { tx in
            try tx.addOperator(try Operator(uscc: uscc.value, name: "北京八亩地云舍旅游有限公司", kind: .company, town: "珍珠泉乡",
                                            address: "八亩地村 3 号"), by: StoreFixture.clerk)
            let subject = try tx.addSubject(try Subject(operatorID: uscc, name: "八亩地云舍", town: "珍珠泉乡", details: .homestay(HomestayDetails(
                address: "八亩地村 3 号", rooms: 8, location: ClimateFixture.homestay))), by: StoreFixture.clerk)
            return try DirectoryFixture.license(subject.id, in: tx, on: "2026-08-01", evidence: permits, labels: 2, codes: &generator)
        }
        // The mean as computed from the observations themselves, as the page did before means were stored.
        let mean = try registry.read { StationNAIAnnualMean(series: try $0.dailySeries(of: "N01"), year: 2025) }
        #expect(try registry.read { try $0.naiAnnualMean(of: "N01", year: 2025) } == mean)
        let level = try #require(mean.level)
        let page = try await harness.get("/v/\(codes[0].text)").text
        #expect(page.contains("负氧离子"))
        // The mean as printed and graded: whole ions per cm³, rounded half away from zero.
        let printed = NAIGradeTable.text(try #require(mean.mean))
        let shown = try #require(Double(printed)).formatted(.number.precision(.fractionLength(0)))
        #expect(page.contains("负氧离子站N01 2025 年均 \(shown) 个/cm³ · \(level.level)级 \(level.description)"))
        #expect(!page.contains("负氧离子站N02"))
        let api = try await harness.get("/api/v1/labels/\(codes[0].text)").json(LabelJSON.self)
        let nai = try #require(api.nai)
        #expect(nai.station == "负氧离子站N01" && nai.year == 2025 && nai.mean == Double(printed))
        #expect(nai.level == level.level && nai.grade == level.description && api.certificate == nil)
    }
}
