import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The licence pages and actions: each action by role, its refusals beside the fields, and revocation only
/// after the second confirmation.
@Suite struct ConsoleLicenceTests {
    /// A console on 2026-08-12 over a product licence granted the day before.
    static func harnessWithLicence() async throws -> (ConsoleHarness, String) {
        let harness = try await ConsoleHarness(day: "2026-08-12")
        return (harness, try harness.fixture.activeLicence())
    }

    static func licence(_ harness: ConsoleHarness, _ number: String) throws -> Licence {
        try harness.registry.read { try $0.licence(number) }
    }

    @Test func anApproverSuspendsAndReinstates() async throws {
        let (harness, number) = try await Self.harnessWithLicence()
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let page = try await approver.get("/console/licences/\(number)")
        #expect(page.status == 200 && page.text.contains("id=\"suspend-submit\"") && page.text.contains("id=\"revoke-submit\""))
        #expect(!page.text.contains("id=\"surrender-submit\""))
        #expect(!page.text.contains("id=\"reinstate-submit\""), "恢复许可 is offered only on a suspended licence")
        let suspended = try await approver.post("/console/licences/\(number)/suspend", [("reason", "抽检农残超标"), ("deadline", "2026-09-30")])
        #expect(suspended.status == 303 && suspended.location == "/console/licences/\(number)")
        #expect(try Self.licence(harness, number).status == .suspended)
        #expect(try Self.licence(harness, number).suspension?.correctionDeadline == Day("2026-09-30"))
        #expect(try await approver.get("/console/licences?status=suspended").text.contains(number))
        #expect(try await approver.get("/console/licences?status=active").text.contains(number) == false)
        let suspendedPage = try await approver.get("/console/licences/\(number)").text
        #expect(suspendedPage.contains("id=\"reinstate-submit\"") && !suspendedPage.contains("id=\"suspend-submit\""))
        #expect(try await approver.post("/console/licences/\(number)/reinstate", [("reason", "复检合格")]).status == 303)
        #expect(try Self.licence(harness, number).status == .active)
        #expect(!page.text.contains("id=\"renewal-submit\""))
    }

    /// The fixture's licence runs to 2027-08-10: its renewal window opens on 2027-05-12.
    static func renewalHarness(day: String) async throws -> (ConsoleHarness, String) {
        let store = StoreFixture()
        let number = try store.activeLicence()
        try store.recheckedRegionTitle()
        return (try await ConsoleHarness(day: day, store: store), number)
    }

    @Test func theClerkAppliesForRenewalOnTheLicencePageInsideTheWindowOnly() async throws {
        let (harness, number) = try await Self.renewalHarness(day: "2027-07-01")
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let page = try await clerk.get("/console/licences/\(number)")
        #expect(page.status == 200 && page.text.contains("id=\"renewal-submit\""))
        #expect(page.text.contains("2027-08-11 至 2028-08-10"))
        #expect(page.text.contains("id=\"licence-terms\""))
        var body = MultipartBody()
        body.field("_csrf", clerk.csrf)
        body.field("rows", "2")
        body.field("evidence_kind_1", "foodSafetyTest")
        body.field("evidence_ref_1", "JC-2027-0031")
        body.field("evidence_value_1", "合格")
        body.field("evidence_until_1", "2028-06-30")
        body.field("evidence_kind_2", "greenFood")
        body.field("evidence_ref_2", "GF110229260001")
        body.field("evidence_until_2", "2028-12-31")
        let answer = try await clerk.upload("/console/licences/\(number)/renewal", body)
        #expect(answer.status == 303)
        let location = try #require(answer.location)
        let application = try harness.registry.read { try $0.application(String(location.split(separator: "/").last ?? "")) }
        #expect(application.renewal?.licenceNumber == number && application.state == .submitted && application.evidence.count == 2)
        let shown = try await clerk.get(location)
        #expect(shown.text.contains("续展") && shown.text.contains("2027-08-11 至 2028-08-10"))
        let again = try await clerk.upload("/console/licences/\(number)/renewal", body)
        #expect(again.status == 422)
        #expect(again.text.contains("renewal-error"))
    }

    @Test func outsideTheWindowTheClerkIsToldANewAdmissionIsNeeded() async throws {
        let (harness, number) = try await Self.renewalHarness(day: "2027-11-09")
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let page = try await clerk.get("/console/licences/\(number)")
        #expect(page.status == 200 && !page.text.contains("id=\"renewal-submit\""))
        #expect(page.text.contains("重新申请准入"))
        let before = try harness.dump()
        var body = MultipartBody()
        body.field("_csrf", clerk.csrf)
        body.field("evidence_kind_1", "foodSafetyTest")
        body.field("evidence_ref_1", "JC-2027-0031")
        let answer = try await clerk.upload("/console/licences/\(number)/renewal", body)
        #expect(answer.status == 422)
        #expect(answer.text.contains("重新申请准入"))
        #expect(try harness.dump() == before)
    }

    static let badSuspensions: [(reason: String, deadline: String, field: String, message: String)] = [
        ("", "2026-09-30", "reason", "必填"),
        (String(repeating: "超", count: 501), "2026-09-30", "reason", "最多 500 个字"),
        ("抽检超标", "", "deadline", "必填"),
        ("抽检超标", "2026-13-01", "deadline", "YYYY-MM-DD"),
        ("抽检超标", "2026-08-01", "deadline", "整改期限应晚于今天"),
    ]

    @Test(arguments: badSuspensions)
    func aBadSuspensionIsRefusedBesideTheFieldAndNothingChanges(reason: String, deadline: String, field: String, message: String) async throws {
        let (harness, number) = try await Self.harnessWithLicence()
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let before = try harness.dump()
        let answer = try await approver.post("/console/licences/\(number)/suspend", [("reason", reason), ("deadline", deadline)])
        #expect(answer.status == 422)
        let shown = ConsoleIntakeTests.message(answer.text, "suspend-\(field)")
        #expect(shown?.contains(message) == true, "\(shown ?? "no message")")
        #expect(try harness.dump() == before)
    }

    @Test func rolesWithoutTheRightGet403AndNothingChanges() async throws {
        let (harness, number) = try await Self.harnessWithLicence()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk, .reviewer])
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let before = try harness.dump()
        for action in ["suspend", "reinstate", "revoke", "revoke/confirm"] {
            let answer = try await clerk.post("/console/licences/\(number)/\(action)",
                                              [("reason", "理由"), ("deadline", "2026-09-30"), ("category", "labelMisuse")])
            #expect(answer.status == 403)
        }
        #expect(try await printer.post("/console/licences/\(number)/surrender", [("reason", "停业")]).status == 403)
        var renewal = MultipartBody()
        renewal.field("evidence_kind_1", "foodSafetyTest")
        #expect(try await printer.upload("/console/licences/\(number)/renewal", renewal).status == 403)
        #expect(try await printer.get("/console/licences/\(number)").status == 403)
        #expect(try harness.dump() == before)
        #expect(try await clerk.post("/console/licences/\(number)/surrender", [("reason", "合作社停业")]).status == 303)
        #expect(try Self.licence(harness, number).status == .surrendered)
    }

    @Test func revocationHappensOnlyAfterTheSecondConfirmation() async throws {
        let (harness, number) = try await Self.harnessWithLicence()
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let before = try harness.dump()
        let first = try await approver.post("/console/licences/\(number)/revoke", [("category", "labelMisuse"), ("reason", "转让标签给外地商户")])
        #expect(first.status == 200)
        #expect(first.text.contains("id=\"revoke-confirm\"") && first.text.contains("伪造、转让或超量使用标识"))
        #expect(try harness.dump() == before)
        let refused = try await approver.post("/console/licences/\(number)/revoke", [("category", ""), ("reason", "")])
        #expect(refused.status == 422)
        #expect(ConsoleIntakeTests.message(refused.text, "revoke-category")?.contains("请选择撤销理由类别") == true)
        #expect(ConsoleIntakeTests.message(refused.text, "revoke-reason") == "必填")
        #expect(try harness.dump() == before)
        let confirmed = try await approver.post("/console/licences/\(number)/revoke/confirm",
                                                [("category", "labelMisuse"), ("reason", "转让标签给外地商户")])
        #expect(confirmed.status == 303)
        let revoked = try Self.licence(harness, number)
        #expect(revoked.status == .revoked && revoked.revocation?.category == .labelMisuse)
        #expect(try await approver.get("/console/licences/\(number)").text.contains("已撤销"))
    }

    @Test func aRefusedActionShowsTheDomainsReasonInChinese() async throws {
        let (harness, number) = try await Self.harnessWithLicence()
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let before = try harness.dump()
        let reinstate = try await approver.post("/console/licences/\(number)/reinstate", [("reason", "复检合格")])
        #expect(reinstate.status == 422)
        #expect(ConsoleIntakeTests.message(reinstate.text, "reinstate")?.contains("当前状态为「有效」，不能「恢复许可」") == true)
        #expect(try harness.dump() == before)
        _ = try harness.registry.write { try $0.surrender(number, by: StoreFixture.clerk, reason: "停业") }
        let revoke = try await approver.post("/console/licences/\(number)/revoke", [("category", "other"), ("reason", "核查")])
        #expect(revoke.status == 422)
        #expect(ConsoleIntakeTests.message(revoke.text, "revoke")?.contains("当前状态为「已注销」") == true)
    }
}
