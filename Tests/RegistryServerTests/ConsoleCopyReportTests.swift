import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The console's copy reports: what people reported from the verification page, filtered, and marked
/// handled with a note by a clerk or approver (audited, CSRF-protected, once).
@Suite(.serialized) struct ConsoleCopyReportTests {
    /// A console on 2026-08-12 with two reports: one of a label of the fixture's licence, one of a code
    /// the registry never issued.
    static func harness() async throws -> (ConsoleHarness, licence: String) {
        let harness = try await ConsoleHarness(day: "2026-08-12")
        let licence = try harness.fixture.activeLicence()
        let batch = try harness.registry.write { try $0.issueBatch(licence: licence, count: 3, by: StoreFixture.printer) }
        try harness.registry.write { tx in
            try tx.recordLabelReport(code: batch.codes.first, text: "同一枚码在两家超市出现", client: "10.1.0.0/16 WeChat")
            try tx.recordLabelReport(code: LabelCode.random(), text: "包装上的码查不到", client: "10.2.0.0/16 Safari")
        }
        return (harness, licence)
    }

    @Test func aClerkFiltersTheReportsAndHandlesOneWithANote() async throws {
        let (harness, licence) = try await Self.harness()
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let list = try await clerk.get("/console/copy-reports")
        #expect(list.status == 200 && list.text.contains("同一枚码在两家超市出现") && list.text.contains("包装上的码查不到"))
        #expect(list.text.contains("非本登记簿签发的码") && list.text.contains("href=\"/console/copy-reports\""))
        let mine = try await clerk.get("/console/copy-reports?licence=\(licence)")
        #expect(mine.text.contains("同一枚码在两家超市出现") && !mine.text.contains("包装上的码查不到"))
        #expect(try await clerk.get("/console/copy-reports?since=2026-08-13").text.contains("没有待处理的举报"))
        #expect(try await clerk.get("/console/copy-reports?since=13/08/2026").text.contains("应写作 2026-09-01"))
        #expect(try await clerk.get("/console/copy-reports?licence=NO-SUCH").text.contains("没有许可证号为「NO-SUCH」的许可"))

        let before = try harness.dump()
        #expect(try await clerk.post("/console/copy-reports/1/handle", [("note", "已核实")], token: .missing).status == 403)
        let empty = try await clerk.post("/console/copy-reports/1/handle", [("note", " ")])
        #expect(empty.status == 422 && empty.text.contains("处理说明"))
        #expect(try await clerk.post("/console/copy-reports/999/handle", [("note", "x")]).status == 404)
        #expect(try harness.dump() == before)

        let done = try await clerk.post("/console/copy-reports/1/handle", [("note", "已联系超市下架")])
        #expect(done.status == 303 && done.location == "/console/copy-reports")
        #expect(try harness.auditActions(entity: .labelReport).last == RegistryAction.handleLabelReport.rawValue)
        let open = try await clerk.get("/console/copy-reports")
        #expect(open.text.contains("已处理举报 #1") && !open.text.contains("同一枚码在两家超市出现"))
        #expect(try await clerk.get("/console/copy-reports?all=1").text.contains("已联系超市下架"))
        let again = try await clerk.post("/console/copy-reports/1/handle", [("note", "再次处理")])
        #expect(again.status == 409 && again.text.contains("已处理"))
    }

    @Test func auditorsOnlyLookAndOtherRolesAreTurnedAway() async throws {
        let (harness, _) = try await Self.harness()
        let auditor = try await harness.signedIn("周审", roles: [.auditor])
        let page = try await auditor.get("/console/copy-reports")
        #expect(page.status == 200 && page.text.contains("待处理") && !page.text.contains("report-1-submit"))
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let before = try harness.dump()
        #expect(try await auditor.post("/console/copy-reports/1/handle", [("note", "x")]).status == 403)
        #expect(try await printer.get("/console/copy-reports").status == 403)
        #expect(try harness.dump() == before)
    }

    @Test func aFloodOfReportsIsListedNewestFirstUpToALimit() async throws {
        let (harness, _) = try await Self.harness()
        try harness.registry.write { tx in
            for n in 1...CopyReportsPage.listed { try tx.recordLabelReport(code: LabelCode.random(), text: "第 \(n) 件", client: "t") }
        }
        let page = try await harness.signedIn("王芳", roles: [.clerk]).get("/console/copy-reports").text
        #expect(page.components(separatedBy: "<tr id=\"report-").count - 1 == CopyReportsPage.listed)
        #expect(page.contains("第 \(CopyReportsPage.listed) 件") && !page.contains("同一枚码在两家超市出现"))
        #expect(page.contains("另有 2 件较早的举报未列出"))
    }
}
