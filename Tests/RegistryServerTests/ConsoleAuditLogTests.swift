import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The audit viewer: who may open it, the hash-chain result on screen (checked incrementally, the whole
/// chain again when asked or when the last full check is too old), filters, paging and bad filters.
@Suite struct ConsoleAuditLogTests {
    @Test func onlyAuditorsAndAdministratorsReadTheAuditTrail() async throws {
        let harness = try await ConsoleHarness()
        for (name, role) in [("钱审计", Role.auditor), ("管理员甲", .admin)] {
            let page = try await harness.signedIn(name, roles: [role]).get("/console/audit")
            #expect(page.status == 200)
            #expect(page.text.contains("审计链完整"))
        }
        for (name, role) in [("王芳", Role.clerk), ("李强", .reviewer), ("赵敏", .approver), ("孙丽", .printer), ("孙卫东", .meteorologist)] {
            let answer = try await harness.signedIn(name, roles: [role]).get("/console/audit")
            #expect(answer.status == 403 && answer.text.contains("没有权限"), "\(role)")
        }
    }

    @Test func anOldEventEditedAfterACheckIsNamedByTheFullRecheck() async throws {
        let harness = try await ConsoleHarness()
        _ = try harness.fixture.activeLicence()
        let auditor = try await harness.signedIn("钱审计", roles: [.auditor])
        let first = try await auditor.get("/console/audit").text
        #expect(first.contains("审计链完整") && first.contains("逐条重新计算哈希均相符"))
        #expect(first.contains("上次全链重新计算：") && first.contains("name=\"verify\" value=\"all\"") && first.contains("重新校验全部"))
        try harness.fixture.tamper("UPDATE audit_events SET reason = '改过' WHERE sequence = 3")
        #expect(try await auditor.get("/console/audit").text.contains("本次重新计算了上次核验之后新增的"))
        let page = try await auditor.get("/console/audit?verify=all")
        #expect(page.status == 200)
        #expect(page.text.contains("审计链被破坏") && page.text.contains("事件 3 在写入后被改动"))
        let again = try await auditor.get("/console/audit").text
        #expect(again.contains("审计链被破坏") && again.contains("事件 3 在写入后被改动"))
    }

    @Test func newEventsAreCheckedIncrementally() async throws {
        let harness = try await ConsoleHarness()
        let auditor = try await harness.signedIn("钱审计", roles: [.auditor])
        #expect(try await auditor.get("/console/audit").text.contains("逐条重新计算哈希均相符"))
        try Self.registerOperators(3, from: 0, in: harness.registry)
        #expect(try await auditor.get("/console/audit").text.contains("本次重新计算了上次核验之后新增的 3 条"))
        try Self.registerOperators(1, from: 3, in: harness.registry)
        try harness.fixture.tamper("UPDATE audit_events SET reason = '改过' WHERE sequence = (SELECT MAX(sequence) FROM audit_events)")
        let newest = try harness.registry.read { try $0.verifyAudit().eventsChecked }
        let page = try await auditor.get("/console/audit").text
        #expect(page.contains("审计链被破坏") && page.contains("事件 \(newest) 在写入后被改动"))
    }

    @Test func theWholeChainIsRecomputedOnceTheLastFullCheckIsTooOld() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        _ = try fixture.activeLicence()
        let monitor = AuditChainMonitor(fullCheckInterval: 600)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(try registry.read { try monitor.check($0, full: false, now: start) }.verification.isFull)
        try fixture.tamper("UPDATE audit_events SET actor = '张三' WHERE sequence = 2")
        let soon = try registry.read { try monitor.check($0, full: false, now: start + 300) }
        #expect(soon.verification.isIntact && !soon.verification.isFull && soon.lastFullCheck == start)
        let later = try registry.read { try monitor.check($0, full: false, now: start + 601) }
        #expect(later.verification.isFull && later.verification.problems == [.edited(sequence: 2)] && later.lastFullCheck == start + 601)
    }

    /// Registers `count` operators, one audit event each.
    static func registerOperators(_ count: Int, from first: Int, in registry: Registry) throws {
        for index in first..<(first + count) {
            try registry.write { tx in
                try tx.addOperator(try Operator(uscc: USCC.completing("93110119MA0\(String(format: "%06d", index))")!.value,
                                                name: "合作社\(index)", kind: .cooperative, town: "延庆镇", address: "一号"), by: StoreFixture.clerk)
            }
        }
    }

    @Test func filtersByActorActionAndDaysAndPages() async throws {
        let harness = try await ConsoleHarness()
        _ = try harness.fixture.activeLicence()
        let auditor = try await harness.signedIn("钱审计", roles: [.auditor])
        let byClerk = try await auditor.get("/console/audit?actor=\(Self.encoded("王芳"))").text
        #expect(byClerk.contains("<td>王芳</td>") && !byClerk.contains("<td>赵敏</td>"))
        let approvals = try await auditor.get("/console/audit?action=approveApplication").text
        #expect(approvals.contains("审批通过") && approvals.contains("共 1 条") && approvals.contains("已审核 → 公示中"))
        let logins = try await auditor.get("/console/audit?action=login").text
        #expect(logins.contains("<td>钱审计</td>"))
        let eleventh = try await auditor.get("/console/audit?from=2026-08-11&to=2026-08-11").text
        #expect(eleventh.contains("结束公示并发证") && !eleventh.contains("<td>受理</td>"))

        try Self.registerOperators(60, from: 0, in: harness.registry)
        let first = try await auditor.get("/console/audit?action=registerOperator")
        #expect(first.text.contains("共 61 条，第 1/2 页"))
        #expect(first.text.contains("href=\"/console/audit?action=registerOperator&amp;page=2\""))
        let second = try await auditor.get("/console/audit?action=registerOperator&page=2")
        #expect(second.text.contains("第 2/2 页") && second.text.components(separatedBy: "<td>登记经营主体</td>").count - 1 == 11)
    }

    @Test func badFiltersAreRefusedInChineseAndEscaped() async throws {
        let harness = try await ConsoleHarness()
        let auditor = try await harness.signedIn("钱审计", roles: [.auditor])
        let cases = [("from=2026-13-01", "起始日期"), ("to=yesterday", "截止日期"), ("from=2026-08-03&to=2026-08-01", "截止日期"),
                     ("action=%3Cscript%3E", "操作类型"), ("page=0", "页码"), ("page=abc", "页码"),
                     ("actor=\(String(repeating: "长", count: 51))", "操作人")]
        for (query, field) in cases {
            let answer = try await auditor.get("/console/audit?\(query)")
            #expect(answer.status == 400, "\(query)")
            #expect(answer.text.contains("「\(field)」"), "\(query)")
            #expect(!answer.text.contains("<script>"))
        }
        let html = try await auditor.get("/console/audit?actor=\(Self.encoded("<b>x</b>"))")
        #expect(html.status == 200 && html.text.contains("&lt;b&gt;x&lt;/b&gt;") && !html.text.contains("<b>x</b>"))
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
