import ClimateQuality
import Foundation
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

@Suite struct ClimateCertificateStoreTests {
    /// A registry on 2026-11-25 with the weather station's 2026 data and two grape subjects.
    func registry(_ fixture: StoreFixture) throws -> (Registry, [Int64]) {
        let registry = try fixture.open(on: "2026-11-25")
        try ClimateFixture.load([ClimateFixture.weather], rows: ClimateFixture.rows([ClimateFixture.weather], year: 2026), into: registry)
        return (registry, [try ClimateFixture.grape(registry), try ClimateFixture.grape(registry, plot: "西沟地块")])
    }

    @Test func certificatesAreNumberedPerSeasonAndCropWithTheAssessmentKept() throws {
        let fixture = StoreFixture()
        let (registry, subjects) = try registry(fixture)
        let first = try registry.write { try $0.issueCertificate(subjectID: subjects[0], by: StoreFixture.meteorologist) }
        let second = try registry.write { try $0.issueCertificate(subjectID: subjects[1], by: StoreFixture.meteorologist) }
        #expect(first.number == "YQQP-2026-PT-0001" && second.number == "YQQP-2026-PT-0002")
        #expect(first.validUntil == Day("2027-08-31") && first.issuer == "延庆区气象局" && first.stationID == "T01")
        #expect(first.station.contains("果园站 (T01)") && first.dataCompleteness.contains("100%"))
        try registry.read { tx throws in
            let assessment = try tx.assessment(ofCertificate: first.number)
            #expect(assessment.score == first.computedScore && assessment.grade == first.grade)
            #expect(assessment.station.station.id == "T01" && assessment.stages.count == 3)
            #expect(try tx.auditEvents(entity: .climateCertificate, id: first.number).map(\.action.rawValue) == ["issueCertificate"])
            #expect(try tx.verifyAudit().isIntact)
        }
        #expect(throws: RegistryError.duplicate(entity: .climateCertificate, id: first.number)) {
            try registry.write { try $0.issueCertificate(subjectID: subjects[0], by: StoreFixture.meteorologist) }
        }
    }

    @Test func anOverrideKeepsTheComputedScore() throws {
        let fixture = StoreFixture()
        let (registry, subjects) = try registry(fixture)
        let issued = try registry.write { try $0.issueCertificate(subjectID: subjects[0], by: StoreFixture.meteorologist) }
        let overridden = try registry.write {
            try $0.overrideCertificate(issued.number, score: 1.4, reason: "果园遭受冰雹，站点未记录", by: StoreFixture.meteorologist)
        }
        #expect(overridden.computedScore == issued.computedScore && overridden.computedGrade == issued.computedGrade)
        #expect(overridden.score == 1.4 && overridden.grade == .ordinary)
        #expect(overridden.override?.expert == "孙卫东" && overridden.override?.reason == "果园遭受冰雹，站点未记录")
        let event = try registry.read { try $0.auditEvents(entity: .climateCertificate, id: issued.number).first }
        #expect(event?.action.rawValue == "overrideAssessment" && event?.to == "一般 1.40")
        for score in [0.5, 4.5] {
            #expect(throws: ClimateStoreError.climateQuality(.overrideScoreOutOfRange(score))) {
                try registry.write { try $0.overrideCertificate(issued.number, score: score, reason: "x", by: StoreFixture.meteorologist) }
            }
        }
        #expect(throws: RegistryError.roleNotAllowed(role: .reviewer, action: .overrideAssessment)) {
            try registry.write { try $0.overrideCertificate(issued.number, score: 3, reason: "x", by: StoreFixture.reviewer) }
        }
    }

    @Test func aRevokedCertificateIsFinalAndAnotherMayBeIssued() throws {
        let fixture = StoreFixture()
        let (registry, subjects) = try registry(fixture)
        let issued = try registry.write { try $0.issueCertificate(subjectID: subjects[0], by: StoreFixture.meteorologist) }
        #expect(throws: RegistryError.roleNotAllowed(role: .clerk, action: .revokeCertificate)) {
            try registry.write { try $0.revokeCertificate(issued.number, category: .falseDeclaration, reason: "x", by: StoreFixture.clerk) }
        }
        let revoked = try registry.write { try $0.revokeCertificate(issued.number, category: .falseDeclaration, reason: "申报地块与实际不符", by: StoreFixture.approver) }
        // The labels of a licence resting on it are suspended until the approver decides (DESIGN §4).
        #expect(revoked.status(on: Day("2026-11-25")!) == .revoked && revoked.displayStatus(on: Day("2026-11-25")!).state == .suspended)
        #expect(revoked.revocation?.category == .falseDeclaration)
        #expect(throws: RegistryError.self) {
            try registry.write { try $0.overrideCertificate(issued.number, score: 3, reason: "x", by: StoreFixture.meteorologist) }
        }
        let again = try registry.write { try $0.issueCertificate(subjectID: subjects[0], by: StoreFixture.meteorologist) }
        #expect(again.number == "YQQP-2026-PT-0002")
        #expect(revoked.status(on: Day("2027-09-01")!) == .revoked && again.status(on: Day("2027-09-01")!) == .expired)
    }

    @Test func aSeasonWithoutDataOrStationOrElevationIsRefused() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open(on: "2026-11-25")
        let subject = try ClimateFixture.grape(registry)
        let noStation = #expect(throws: ClimateStoreError.self) {
            try registry.write { try $0.issueCertificate(subjectID: subject, by: StoreFixture.meteorologist) }
        }
        #expect(noStation?.chinese.contains("没有可代表的气象站") == true)
        try registry.write { try $0.addStation(ClimateFixture.weather, by: StoreFixture.meteorologist) }
        let noData = #expect(throws: ClimateStoreError.self) {
            try registry.write { try $0.issueCertificate(subjectID: subject, by: StoreFixture.meteorologist) }
        }
        #expect(noData?.chinese.contains("未能评定等级") == true)
        let flat = try ClimateFixture.grape(registry, plot: "北岭地块", elevation: nil)
        #expect(throws: ClimateStoreError.noPlotElevation(subjectID: flat)) {
            try registry.read { try $0.assessSeason(subjectID: flat, by: StoreFixture.reviewer) }
        }
        #expect(try registry.read { try $0.climateCertificates() }.isEmpty)
    }

    @Test func theProductRuleReadsTheCertificate() throws {
        let fixture = StoreFixture()
        let (registry, subjects) = try registry(fixture)
        let test = try Evidence(kind: .foodSafetyTest, reference: "JC-2026-0001", validUntil: Day("2027-06-30"), value: "合格")
        let number = try registry.write { tx in
            let number = try tx.apply(subjectID: subjects[0], evidence: [test], by: StoreFixture.clerk).number
            try tx.accept(number, by: StoreFixture.clerk)
            return number
        }
        func climateVerdict() throws -> RuleVerdict {
            try #require(try registry.read { try $0.evaluateRules(number) }.first { $0.ruleID == "climate-quality" })
        }
        #expect(try climateVerdict().outcome == .needsEvidence)
        let certificate = try registry.write { try $0.issueCertificate(subjectID: subjects[0], by: StoreFixture.meteorologist) }
        let verdict = try climateVerdict()
        #expect(verdict.outcome == (certificate.grade >= .good ? .pass : .fail))
        #expect(verdict.reason.contains(certificate.number) && verdict.reason.contains("果园站 (T01)") && verdict.reason.contains(certificate.grade.chinese))
        try registry.write { _ = try $0.revokeCertificate(certificate.number, category: .falseDeclaration, reason: "撤销", by: StoreFixture.approver) }
        #expect(try climateVerdict().outcome == .needsEvidence)
        #expect(try climateVerdict().reason.contains("\(certificate.number) 已撤销"))
    }
}
