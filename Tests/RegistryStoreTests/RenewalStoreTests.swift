import Foundation
import GRDB
import Testing
import RegistryCore
@testable import RegistryStore
import RegistryFixtures

/// 续展 through the store: the admission workflow with its two people, one renewal per term under
/// concurrent approvals, and batches that keep the term they were issued in.
@Suite struct RenewalStoreTests {
    /// The new season's evidence: the green-food certificate and a passed food-safety test.
    static let newSeasonEvidence = [
        try! Evidence(kind: .greenFood, reference: "GF110229260001", validUntil: Day("2028-12-31")),
        try! Evidence(kind: .foodSafetyTest, reference: "JC-2027-0031", validUntil: Day("2028-06-30"), value: "合格"),
    ]

    /// A renewal application of the fixture's licence (valid until 2027-08-10), made on 2027-07-01 and
    /// reviewed, under a region title rechecked until 2029.
    func reviewedRenewal(_ fixture: StoreFixture, licence: String) throws -> String {
        try fixture.recheckedRegionTitle()
        return try fixture.open(on: "2027-07-01").write { tx in
            let number = try tx.applyForRenewal(licence: licence, evidence: Self.newSeasonEvidence, by: StoreFixture.clerk).number
            try tx.accept(number, by: StoreFixture.clerk)
            try tx.review(number, by: StoreFixture.reviewer, findings: "续展材料齐全")
            return number
        }
    }

    @Test func aRenewalGoesThroughTheWorkflowWithTwoPeopleAndAddsATerm() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let number = try reviewedRenewal(fixture, licence: licence)
        let registry = try fixture.open(on: "2027-07-01")
        let reviewerApproving = try Actor(name: StoreFixture.reviewer.name, role: .approver)
        #expect(throws: RegistryError.fourEyes(application: number, reviewer: StoreFixture.reviewer.name)) {
            try registry.write { try $0.approve(number, by: reviewerApproving) }
        }
        let approved = try registry.write { try $0.approve(number, by: StoreFixture.approver) }
        #expect(approved.state == .publicity)
        #expect(throws: RegistryError.self) { try registry.write { try $0.closePublicity(number, by: StoreFixture.approver) } }
        let renewed = try fixture.open(on: "2027-07-20").write { try $0.closePublicity(number, by: StoreFixture.approver) }
        #expect(renewed.number == licence)
        #expect(renewed.terms.map(\.number) == [1, 2])
        #expect(renewed.terms[1].from == Day("2027-08-11"))
        #expect(renewed.validUntil == Day("2028-08-10"))
        #expect(try fixture.open().read { try $0.licences().count } == 1)
        try fixture.open(on: "2027-07-20").read { tx throws in
            #expect(try tx.auditEvents(entity: .licence, id: licence).first?.action.rawValue == RegistryAction.renewLicence.rawValue)
            #expect(try tx.publicHistory(of: try tx.licence(licence)).map(\.event) == [.granted, .renewed])
            #expect(try tx.verifyAudit().isIntact)
        }
    }

    @Test func theNewSeasonsCertificateOrAnotherCertificationIsNeeded() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let number = try fixture.open(on: "2027-07-01").write { tx in
            let test = try Evidence(kind: .foodSafetyTest, reference: "JC-2027-0031", validUntil: Day("2028-06-30"), value: "合格")
            return try tx.applyForRenewal(licence: licence, evidence: [test], by: StoreFixture.clerk).number
        }
        let verdicts = try fixture.open(on: "2027-07-01").read { try $0.evaluateRules(number) }
        let climate = try #require(verdicts.first { $0.ruleID == "climate-quality" })
        #expect(climate.outcome == .needsEvidence)
        #expect(climate.reason.contains("2027 年度"))
    }

    @Test func outsideTheWindowARenewalIsRefusedAndNothingIsWritten() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let before = try fixture.dump()
        for day in ["2027-05-11", "2027-11-09"] {
            #expect(throws: RegistryError.self) {
                try fixture.open(on: day).write { try $0.applyForRenewal(licence: licence, evidence: Self.newSeasonEvidence, by: StoreFixture.clerk) }
            }
        }
        #expect(try fixture.dump() == before)
        #expect(try fixture.open(on: "2027-05-12").write {
            try $0.applyForRenewal(licence: licence, evidence: Self.newSeasonEvidence, by: StoreFixture.clerk)
        }.renewal?.renewsTerm == 1)
    }

    @Test func aTermIsRenewedOnce() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let number = try reviewedRenewal(fixture, licence: licence)
        let registry = try fixture.open(on: "2027-07-01")
        #expect(throws: RegistryError.termAlreadyRenewed(licence: licence, term: 1, application: number)) {
            try registry.write { try $0.applyForRenewal(licence: licence, evidence: Self.newSeasonEvidence, by: StoreFixture.clerk) }
        }
        try registry.write { _ = try $0.approve(number, by: StoreFixture.approver) }
        try fixture.open(on: "2027-07-20").write { _ = try $0.closePublicity(number, by: StoreFixture.approver) }
        let again = #expect(throws: RegistryError.self) {
            try fixture.open(on: "2027-07-21").write { try $0.applyForRenewal(licence: licence, evidence: Self.newSeasonEvidence, by: StoreFixture.clerk) }
        }
        #expect(again == .outsideRenewalWindow(licence: licence, validUntil: Day("2028-08-10")!, opens: Day("2028-05-12")!,
                                               closes: Day("2028-11-08")!, tooLate: false))
    }

    @Test func aRejectedRenewalMayBeAppliedForAgainInsideTheWindow() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let number = try reviewedRenewal(fixture, licence: licence)
        let registry = try fixture.open(on: "2027-07-01")
        try registry.write { _ = try $0.reject(number, by: StoreFixture.approver, reason: "检测报告不全") }
        let again = try registry.write { try $0.applyForRenewal(licence: licence, evidence: Self.newSeasonEvidence, by: StoreFixture.clerk) }
        #expect(again.renewal?.renewsTerm == 1 && again.number != number)
    }

    @Test func twoConcurrentApprovalsAndClosingsGiveOneRenewal() async throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let number = try reviewedRenewal(fixture, licence: licence)
        let first = try fixture.open(on: "2027-07-01")
        let second = try fixture.open(on: "2027-07-01")
        async let a: Bool = Task.detached { (try? first.write { try $0.approve(number, by: StoreFixture.approver) }) != nil }.value
        async let b: Bool = Task.detached { (try? second.write { try $0.approve(number, by: StoreFixture.secondApprover) }) != nil }.value
        #expect(await [a, b].filter { $0 }.count == 1)
        let later = [try fixture.open(on: "2027-07-20"), try fixture.open(on: "2027-07-20")]
        async let c: Bool = Task.detached { (try? later[0].write { try $0.closePublicity(number, by: StoreFixture.approver) }) != nil }.value
        async let d: Bool = Task.detached { (try? later[1].write { try $0.closePublicity(number, by: StoreFixture.secondApprover) }) != nil }.value
        #expect(await [c, d].filter { $0 }.count == 1)
        let renewed = try fixture.open().read { try $0.licence(licence) }
        #expect(renewed.terms.count == 2)
        #expect(renewed.validUntil == Day("2028-08-10"))
    }

    @Test func batchesKeepTheTermTheyWereIssuedIn() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let old = try fixture.open(on: "2026-09-01").write { try $0.issueBatch(licence: licence, count: 30_000, by: StoreFixture.printer) }
        #expect(old.term == 1)
        let number = try reviewedRenewal(fixture, licence: licence)
        try fixture.open(on: "2027-07-01").write { _ = try $0.approve(number, by: StoreFixture.approver) }
        try fixture.open(on: "2027-07-20").write { _ = try $0.closePublicity(number, by: StoreFixture.approver) }
        try fixture.open(on: "2027-08-10").read { tx throws in
            #expect(try tx.displayStatus(of: tx.labelBatch(old.number)).state == .valid)
        }
        let registry = try fixture.open(on: "2027-08-11")
        try registry.read { tx throws in
            let shows = try tx.displayStatus(of: tx.labelBatch(old.number))
            #expect(shows.state == .expired)
            #expect(shows.source == .batch)
            #expect(try tx.displayStatus(of: tx.licence(licence)).state == .valid)
            #expect(try tx.issuedLabelCount(licence: licence) == 0)
        }
        let fresh = try registry.write { try $0.issueBatch(licence: licence, count: 30_000, by: StoreFixture.printer) }
        #expect(fresh.term == 2)
        try registry.read { tx throws in
            #expect(try tx.displayStatus(of: fresh).state == .valid)
            #expect(try tx.issuedLabelCount(licence: licence) == 30_000)
            #expect(try tx.displayStatus(ofLabel: old.codes.first).status.state == .expired)
            #expect(try tx.verification(of: old.codes.first)?.status.state == .expired)
        }
    }
}

/// A registry from before licence terms: each licence gets its first term and each batch that term.
@Suite struct LicenceTermMigrationTests {
    @Test func existingLicencesGetTheirTermAndBatchesTheLicencesCurrentTerm() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let batch = try fixture.open(on: "2026-09-01").write { try $0.issueBatch(licence: licence, count: 21, by: StoreFixture.printer) }
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE licences SET body = json_remove(body, '$.terms')")
            try db.execute(sql: "UPDATE label_batches SET body = json_remove(body, '$.term')")
            try db.execute(sql: "ALTER TABLE label_batches DROP COLUMN term")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v14-licence-terms'")
        }
        try queue.close()
        try fixture.open(on: "2026-09-01").read { tx throws in
            let migrated = try tx.licence(licence)
            #expect(migrated.terms == [LicenceTerm(number: 1, from: Day("2026-08-11")!, until: Day("2027-08-10")!,
                                                   applicationNumber: migrated.applicationNumber, grantedOn: Day("2026-08-11")!, season: 2026)])
            #expect(try tx.labelBatch(batch.number).term == 1)
            #expect(try tx.issuedLabelCount(licence: licence) == 21)
        }
    }
}
