import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The console's copy signals: the list of labels whose signal holds, and the acknowledgement a
/// reviewer or approver makes after checking (audited, CSRF-protected, a reason required), which clears
/// the warning from the label's page.
@Suite(.serialized) struct ConsoleCopySignalTests {
    /// A console on 2026-08-12 with one printed label scanned from ten networks in the last ten minutes.
    static func harness() async throws -> (ConsoleHarness, LabelCode, String) {
        let harness = try await ConsoleHarness(day: "2026-08-12")
        let licence = try harness.fixture.activeLicence()
        let batch = try harness.registry.write { try $0.issueBatch(licence: licence, count: 3, by: StoreFixture.printer) }
        let now = harness.clock.now
        let scans = (0..<10).map { LabelScan(code: batch.codes.first, at: now.addingTimeInterval(Double($0 - 10) * 60), client: "10.\($0).0.0/16 WeChat",
                                             outcome: .valid) }
        try harness.registry.recordScans(scans, heuristics: harness.server.configuration.copyHeuristics)
        return (harness, batch.codes.first, batch.number)
    }

    @Test func aReviewerSeesTheSignalAndAcknowledgesItWithAReason() async throws {
        let (harness, code, batch) = try await Self.harness()
        let warned = try await harness.send(.get, "/V/\(code.text)")
        #expect(warned.text.contains("此码可能被复制"))
        #expect(warned.text.contains("于 2026-08-12 08:59 起"))

        let reviewer = try await harness.signedIn("李强", roles: [.reviewer])
        let list = try await reviewer.get("/console/copy-signals")
        #expect(list.status == 200)
        #expect(list.text.contains(code.grouped()) && list.text.contains(batch) && list.text.contains("2026-08-12 08:59"))
        #expect(list.text.contains("<td>10</td>"))
        #expect(list.text.contains("/console/copy-signals/\(code.text)/acknowledge"))
        let path = "/console/copy-signals/\(code.text)/acknowledge"

        let before = try harness.dump()
        #expect(try await reviewer.post(path, [("reason", "已核实")], token: .missing).status == 403)
        #expect(try await reviewer.post(path, [("reason", "已核实")], token: .other("forged")).status == 403)
        let empty = try await reviewer.post(path, [("reason", "  ")])
        #expect(empty.status == 422)
        #expect(empty.text.contains("核实说明"))
        #expect(try harness.dump() == before)

        let done = try await reviewer.post(path, [("reason", "已联系合作社：展会现场集中扫码")])
        #expect(done.status == 303 && done.location == "/console/copy-signals")
        #expect(try harness.auditActions(entity: .label).last == RegistryAction.acknowledgeCopySignal.rawValue)
        let event = try #require(try harness.registry.read { try $0.auditEvents(entity: .label, id: code.text) }.first)
        #expect(event.actor == "李强" && event.role == .reviewer && event.reason == "已联系合作社：展会现场集中扫码")
        let after = try await reviewer.get("/console/copy-signals")
        #expect(after.text.contains("已核实并解除标签"))
        #expect(after.text.contains("目前没有待核实的复制预警"))
        #expect(!(try await harness.send(.get, "/V/\(code.text)")).text.contains("此码可能被复制"))
    }

    @Test func onlyReviewersAndApproversAcknowledgeAndAuditorsOnlyLook() async throws {
        let (harness, code, _) = try await Self.harness()
        let path = "/console/copy-signals/\(code.text)/acknowledge"
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        #expect(try await printer.get("/console/copy-signals").status == 403)
        #expect(try await printer.post(path, [("reason", "已核实")]).status == 403)
        let auditor = try await harness.signedIn("钱审", roles: [.auditor])
        let list = try await auditor.get("/console/copy-signals")
        #expect(list.status == 200 && list.text.contains(code.grouped()))
        #expect(!list.text.contains(path))
        #expect(try await auditor.post(path, [("reason", "已核实")]).status == 403)
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        #expect(try await approver.post(path, [("reason", "已核实")]).status == 303)
        #expect(try harness.auditActions(entity: .label).last == RegistryAction.acknowledgeCopySignal.rawValue)
        // A label without a signal holding now is not acknowledged again.
        let count = try harness.auditActions().count
        #expect(try await approver.post(path, [("reason", "再次核实")]).status == 303)
        #expect(try harness.auditActions().count == count)
    }
}
