import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The audit viewer: who may open it, the hash-chain result on screen, filters, paging and bad
/// filters.
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

    @Test func aTamperedChainIsShownWithTheEventNamed() async throws {
        let harness = try await ConsoleHarness()
        _ = try harness.fixture.activeLicence()
        let auditor = try await harness.signedIn("钱审计", roles: [.auditor])
        #expect(try await auditor.get("/console/audit").text.contains("审计链完整"))
        try harness.fixture.tamper("UPDATE audit_events SET reason = '改过' WHERE sequence = 3")
        let page = try await auditor.get("/console/audit")
        #expect(page.status == 200)
        #expect(page.text.contains("审计链被破坏") && page.text.contains("事件 3 在写入后被改动"))
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

        for index in 0..<60 {
            try harness.registry.write { tx in
                try tx.addOperator(try Operator(uscc: USCC.completing("93110119MA0\(String(format: "%06d", index))")!.value,
                                                name: "合作社\(index)", kind: .cooperative, town: "延庆镇", address: "一号"), by: StoreFixture.clerk)
            }
        }
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
