import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The application page and its workflow actions: every role against every action, four-eyes, the
/// domain's refusals in Chinese and field errors next to the field.
@Suite struct ConsoleApplicationTests {
    /// Where an application is put before an action is tried on it.
    enum Stage {
        case submitted, accepted, reviewed, publicity, objected, publicityOver
    }

    /// The workflow actions of the application page, with the stage each needs, its path and its fields.
    static let actions: [(action: RegistryAction, stage: Stage, path: String, fields: [(String, String)])] = [
        (.acceptApplication, .submitted, "accept", []),
        (.returnApplication, .submitted, "return", [("returnReason", "缺少检测报告")]),
        (.reviewApplication, .accepted, "review", [("findings", "材料齐全，现场核查属实")]),
        (.approveApplication, .reviewed, "approve", []),
        (.rejectApplication, .reviewed, "reject", [("rejectReason", "检测不合格")]),
        (.recordObjection, .publicity, "objections", [("raisedBy", "村民张某"), ("objectionText", "地块不在登记范围内")]),
        (.resolveObjection, .objected, "objections/1/resolve", [("upheld", "no"), ("resolveReason", "经核实地块属实")]),
        (.closePublicity, .publicityOver, "close-publicity", []),
    ]

    /// Puts a new grape application at a stage, by the fixture's staff; returns its number.
    static func application(at stage: Stage, _ harness: ConsoleHarness) throws -> String {
        let subject = try harness.fixture.grapeSubject(harness.registry)
        return try harness.registry.write { tx in
            let number = try tx.apply(subjectID: subject, evidence: StoreFixture.goodEvidence, by: StoreFixture.clerk).number
            if stage == .submitted { return number }
            try tx.accept(number, by: StoreFixture.clerk)
            if stage == .accepted { return number }
            try tx.review(number, by: StoreFixture.reviewer, findings: "材料齐全")
            if stage == .reviewed { return number }
            try tx.approve(number, by: StoreFixture.approver)
            if stage == .objected { try tx.recordObjection(number, raisedBy: "村民", text: "有异议", by: StoreFixture.clerk) }
            return number
        }
    }

    @Test(arguments: 0..<8, Role.allCases)
    func everyRoleAgainstEveryAction(index: Int, role: Role) async throws {
        let (action, stage, path, fields) = Self.actions[index]
        let harness = try await ConsoleHarness()
        let number = try Self.application(at: stage, harness)
        if stage == .publicityOver { harness.clock.set(day: "2026-08-11") }
        let client = try await harness.signedIn("测试员", roles: [role])
        let before = try harness.dump()
        let answer = try await client.post("/console/applications/\(number)/\(path)", fields)
        if action.allowedRoles.contains(role) {
            #expect(answer.status == 303, "\(role) \(action)")
            #expect(try harness.dump() != before, "\(role) \(action)")
            let event = try #require(try harness.registry.read { try $0.auditEvents(entity: .application, id: number) }.first)
            #expect(event.actor == "测试员" && event.role == role)
            #expect(try await client.get(answer.location ?? "").text.contains("class=\"flash\""))
        } else {
            #expect(answer.status == 403, "\(role) \(action)")
            #expect(answer.text.contains("没有权限"))
            #expect(try harness.dump() == before, "\(role) \(action)")
        }
    }

    @Test func theReviewerSeesTheApproveButtonDisabledAndCannotApprove() async throws {
        let harness = try await ConsoleHarness()
        let number = try Self.application(at: .accepted, harness)
        let both = try await harness.signedIn("李强", roles: [.reviewer, .approver])
        #expect(try await both.post("/console/applications/\(number)/review", [("findings", "材料齐全")]).status == 303)
        let page = try await both.get("/console/applications/\(number)")
        #expect(page.text.contains("<button type=\"submit\" disabled>审批通过</button>"))
        #expect(page.text.contains("审批必须由另一人进行"))
        let before = try harness.dump()
        let refused = try await both.post("/console/applications/\(number)/approve")
        #expect(refused.status == 303)
        #expect(try harness.dump() == before)
        let shown = try await both.get(refused.location ?? "")
        #expect(shown.text.contains("flash flash-error") && shown.text.contains("审批必须由另一人进行"))
        let other = try await harness.signedIn("赵敏", roles: [.approver])
        let otherPage = try await other.get("/console/applications/\(number)")
        #expect(otherPage.text.contains("<button type=\"submit\">审批通过</button>"))
        #expect(try await other.post("/console/applications/\(number)/approve").status == 303)
        #expect(try harness.registry.read { try $0.application(number) }.state == .publicity)
    }

    @Test func closingPublicityEarlyShowsTheDomainsReason() async throws {
        let harness = try await ConsoleHarness()
        let number = try Self.application(at: .publicity, harness)
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let page = try await approver.get("/console/applications/\(number)")
        #expect(page.text.contains("暂不能结束公示") && page.text.contains("公示期满后才能发证"))
        let before = try harness.dump()
        let refused = try await approver.post("/console/applications/\(number)/close-publicity")
        #expect(try harness.dump() == before)
        #expect(try await approver.get(refused.location ?? "").text.contains("公示期满后才能发证"))
    }

    @Test func anEmptyFindingIsShownNextToTheFieldAndNothingChanges() async throws {
        let harness = try await ConsoleHarness()
        let number = try Self.application(at: .accepted, harness)
        let reviewer = try await harness.signedIn("李强", roles: [.reviewer])
        let before = try harness.dump()
        let answer = try await reviewer.post("/console/applications/\(number)/review", [("findings", "   ")])
        #expect(answer.status == 422)
        #expect(answer.text.contains("<p class=\"field-error\">「审核意见」不能为空</p>"))
        let long = try await reviewer.post("/console/applications/\(number)/review", [("findings", String(repeating: "审", count: 2001))])
        #expect(long.status == 422)
        #expect(long.text.contains("过长"))
        #expect(try harness.dump() == before)
    }

    @Test func thePageShowsEvidenceVerdictsHistoryAndEscapesText() async throws {
        let harness = try await ConsoleHarness()
        let number = try Self.application(at: .submitted, harness)
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        #expect(try await clerk.post("/console/applications/\(number)/return", [("returnReason", "<script>x</script>缺少材料")]).status == 303)
        let page = try await clerk.get("/console/applications/\(number)")
        #expect(page.status == 200)
        #expect(page.text.contains("绿色食品证书") && page.text.contains("GF110229260001"))
        let verdicts = try harness.registry.read { try $0.evaluateRules(number) }
        for verdict in verdicts { #expect(page.text.contains(verdict.title)) }
        #expect(page.text.contains("退回补正") && page.text.contains("王芳（受理员）"))
        #expect(page.text.contains("&lt;script&gt;x&lt;/script&gt;缺少材料"))
        #expect(!page.text.contains("<script>"))
        #expect(try await clerk.get("/console/applications/SQ-2026-9999").status == 404)
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        #expect(try await printer.get("/console/applications/\(number)").status == 403)
    }

    @Test func aResolvedObjectionAndClosedPublicityGrantTheLicence() async throws {
        let harness = try await ConsoleHarness()
        let number = try Self.application(at: .objected, harness)
        harness.clock.set(day: "2026-08-11")
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let blocked = try await approver.get("/console/applications/\(number)")
        #expect(blocked.text.contains("条公示异议尚未处理"))
        #expect(try await approver.post("/console/applications/\(number)/objections/1/resolve",
                                         [("upheld", "no"), ("resolveReason", "经核实属实")]).status == 303)
        let closed = try await approver.post("/console/applications/\(number)/close-publicity")
        #expect(closed.status == 303)
        #expect(try harness.registry.read { try $0.application(number) }.state == .granted)
        let granted = try await approver.get(closed.location ?? "")
        #expect(granted.text.contains("已结束公示并发放许可"))
        let licence = try #require(try harness.registry.read { try $0.licences() }.first)
        #expect(granted.text.contains("<a id=\"licence-link\" href=\"/console/licences/\(licence.number)\">\(licence.number)</a>"))
    }
}
