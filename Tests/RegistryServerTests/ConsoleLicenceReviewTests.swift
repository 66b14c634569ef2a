import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// A licence whose climate-quality certificate was revoked appears in the approver's queue, its page
/// says why its labels are suspended, and the approver reinstates it on another certificate or
/// certification (audited), or revokes it; other roles cannot.
@Suite struct ConsoleLicenceReviewTests {
    /// A console on 2026-12-02 over a grape licence granted on its certificate, which is then revoked.
    static func harnessAwaitingReview() async throws -> (ConsoleHarness, ClimateCertificate, String) {
        let store = StoreFixture()
        let certificate = try ClimateFixture.certifiedGrape(in: store)
        var generator = SeededGenerator(seed: 31)
        let (licence, _) = try store.open(on: "2026-11-25").write { tx in
            try DirectoryFixture.license(certificate.subjectID, in: tx, on: "2026-10-01", codes: &generator)
        }
        let harness = try await ConsoleHarness(day: "2026-12-02", store: store)
        try harness.registry.write {
            _ = try $0.revokeCertificate(certificate.number, category: .qualityIncident, reason: "抽检不合格", by: StoreFixture.meteorologist)
        }
        return (harness, certificate, licence)
    }

    static func licence(_ harness: ConsoleHarness, _ number: String) throws -> Licence {
        try harness.registry.read { try $0.licence(number) }
    }

    @Test func theLicenceIsInTheApproversQueueAndItsPageSaysWhy() async throws {
        let (harness, certificate, number) = try await Self.harnessAwaitingReview()
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let queue = try await approver.get("/console").text
        #expect(queue.contains("id=\"licence-reviews\"") && queue.contains("/console/licences/\(number)#review") && queue.contains("产品质量或食品安全问题"))
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        #expect(!(try await clerk.get("/console").text.contains("licence-reviews")))
        let page = try await approver.get("/console/licences/\(number)").text
        #expect(page.contains("id=\"review-notice\"") && page.contains("所依据的气候品质认证证书 \(certificate.number) 已撤销（产品质量或食品安全问题），待复核"))
        #expect(page.contains("id=\"review-certificate-form\"") && page.contains("id=\"review-certification-form\"") && page.contains("id=\"revoke-submit\""))
        #expect(page.contains("id=\"licence-shows\">已暂停"))
    }

    @Test func theApproverReinstatesOnANewCertificate() async throws {
        let (harness, certificate, number) = try await Self.harnessAwaitingReview()
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let before = try harness.dump()
        let empty = try await approver.post("/console/licences/\(number)/review/certificate", [("certificate", ""), ("reason", "重新评估")])
        #expect(empty.status == 422 && empty.text.contains("请选择证书"))
        let revoked = try await approver.post("/console/licences/\(number)/review/certificate", [("certificate", certificate.number), ("reason", "原证书")])
        #expect(revoked.status == 422 && revoked.text.contains("已撤销"))
        #expect(try harness.dump() == before)
        let replacement = try harness.registry.write { try $0.issueCertificate(subjectID: certificate.subjectID, by: StoreFixture.meteorologist) }
        #expect(try await approver.get("/console/licences/\(number)").text.contains("value=\"\(replacement.number)\""))
        let done = try await approver.post("/console/licences/\(number)/review/certificate", [("certificate", replacement.number), ("reason", "重新评估合格")])
        #expect(done.status == 303 && done.location == "/console/licences/\(number)")
        #expect(try Self.licence(harness, number).climateCertificate == replacement.number)
        #expect(try harness.auditActions(entity: .licence).last == "reviewLicenceBasis")
        #expect(!(try await approver.get("/console").text.contains("licence-reviews")))
        #expect(!(try await approver.get("/console/licences/\(number)").text.contains("id=\"review-notice\"")))
    }

    @Test func theApproverReinstatesOnAnotherCertificationAndOthersCannot() async throws {
        let (harness, _, number) = try await Self.harnessAwaitingReview()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk, .reviewer])
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let before = try harness.dump()
        let form = [("kind", "greenFood"), ("reference", "LB-45-2501"), ("until", "2027-12-31"), ("reason", "有绿色食品证书")]
        #expect(try await clerk.post("/console/licences/\(number)/review/certification", form).status == 403)
        #expect(try await clerk.post("/console/licences/\(number)/review/certificate", [("certificate", "YQQP-2026-PT-0002"), ("reason", "x")]).status == 403)
        let lapsed = try await approver.post("/console/licences/\(number)/review/certification",
                                             [("kind", "greenFood"), ("reference", "LB-1"), ("until", "2026-12-01"), ("reason", "过期证书")])
        #expect(lapsed.status == 422 && lapsed.text.contains("已过有效期"))
        let badDate = try await approver.post("/console/licences/\(number)/review/certification",
                                              [("kind", "greenFood"), ("reference", "LB-1"), ("until", "2027-13-01"), ("reason", "日期")])
        #expect(badDate.status == 422 && badDate.text.contains("YYYY-MM-DD"))
        #expect(try harness.dump() == before)
        #expect(try await approver.post("/console/licences/\(number)/review/certification", form).status == 303)
        let licence = try Self.licence(harness, number)
        #expect(licence.climateCertificate == nil && licence.certification?.reference == "LB-45-2501")
        #expect(try harness.registry.read { try $0.displayStatus(of: licence) }.state == .valid)
    }
}
