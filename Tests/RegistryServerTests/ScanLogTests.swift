import Foundation
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

@Suite struct ScanLogTests {
    @Test func scansAreQueuedThenWrittenInOneBatchAndCountedOnThePage() async throws {
        let harness = try await ServerHarness()
        let code = harness.fixture.labels["valid"]!
        for _ in 1...3 { _ = try await harness.get("/V/\(code.text)") }
        _ = try await harness.get("/V/ABC")
        #expect(harness.server.scans.depth == 4)
        #expect(try harness.fixture.registry.read { try $0.verification(of: code)!.scans.scans } == 0)
        #expect(try harness.server.scans.flush() == 4)
        #expect(harness.server.scans.depth == 0)
        let page = try await harness.get("/V/\(code.text)").text
        #expect(page.contains("首次查询于 2026-09-01 · 共查询 4 次"))
        let rows = try harness.fixture.store.dumpScanLog()
        #expect(rows.contains("outcome:\"typo\""))
        #expect(!rows.contains("127.0.0.1"))
        let metrics = try await harness.get("/metrics").text
        #expect(metrics.contains("oxlabel_scans_written_total 4"))
        #expect(metrics.contains("oxlabel_scans_queue_depth"))
    }

    @Test func aFullQueueDropsAndCountsInsteadOfWaiting() async throws {
        let harness = try await ServerHarness(scanLog: ScanRecorder.Settings(capacity: 2))
        for _ in 1...5 { #expect(try await harness.get("/V/\(harness.fixture.labels["valid"]!.text)").status == 200) }
        #expect(harness.server.scans.depth == 2)
        #expect(try await harness.get("/metrics").text.contains("oxlabel_scans_dropped_total 3"))
        #expect(try harness.server.scans.flush() == 2)
    }

    @Test func theWriterFlushesWhatIsLeftWhenStopped() async throws {
        let harness = try await ServerHarness(scanLog: ScanRecorder.Settings(interval: .seconds(3600)))
        let writer = Task { await harness.server.scans.run() }
        for _ in 1...3 { _ = try await harness.get("/V/\(harness.fixture.labels["valid"]!.text)") }
        #expect(harness.server.scans.depth == 3)
        writer.cancel()
        _ = await writer.value
        #expect(harness.server.scans.depth == 0)
        #expect(try harness.fixture.registry.read { try $0.verification(of: harness.fixture.labels["valid"]!)!.scans.scans } == 3)
    }

    @Test func distinctClientsAndScansAfterVoidingRaiseAWarningAndReconciliationCountsThem() async throws {
        let fixture = try DirectoryFixture()
        let valid = fixture.labels["valid"]!, voided = fixture.labels["voided"]!
        let start = DirectoryFixture.morning("2026-09-01").addingTimeInterval(-40 * 60)
        let heuristics = try ServerConfiguration(schemas: StoreFixture.schemas).copyHeuristics
        let scans = (0..<40).map { LabelScan(code: valid, at: start.addingTimeInterval(Double($0) * 60), client: "10.\($0 % 12).0.0/16 WeChat", outcome: .valid) }
            + [LabelScan(code: voided, at: start, client: "10.1.0.0/16 Safari", outcome: .voided)]
        try fixture.registry.recordScans(scans, heuristics: heuristics)
        let harness = try await ServerHarness(fixture: fixture)
        let page = try await harness.get("/V/\(valid.text)").text
        #expect(page.contains("此码可能被复制"))
        #expect(page.contains("此码在 60 分钟内被 12 个不同网络的用户查询"))
        #expect(page.contains("于 2026-09-01 08:29 起"))
        #expect(page.contains("首次查询于 2026-09-01 · 共查询 41 次"))
        let api = try await harness.get("/api/v1/labels/\(valid.text)").json(LabelJSON.self)
        #expect(api.signals.map(\.code) == ["burst"])
        #expect(api.scans.count == 40)
        let batch = try fixture.registry.read { try $0.label(code: valid)!.batchNumber }
        let accounts = try fixture.registry.read { try $0.reconcile(batch: batch) }
        #expect(accounts.scanned == 2)
        #expect(accounts.flags.contains(.scannedWhileVoided(count: 1)))
    }

    /// One client reloading a label's page, however often, never makes it look copied.
    @Test func oneClientReloadingNeverRaisesAWarning() async throws {
        let harness = try await ServerHarness()
        let code = harness.fixture.labels["valid"]!
        for _ in 1...60 {
            #expect(try await harness.get("/V/\(code.text)").status == 200)
            if harness.server.scans.depth >= 20 { try harness.server.scans.flush() }
        }
        try harness.server.scans.flush()
        let page = try await harness.get("/V/\(code.text)").text
        #expect(page.contains("共查询 61 次"))
        #expect(!page.contains("此码可能被复制"))
        #expect(try await harness.get("/api/v1/labels/\(code.text)").json(LabelJSON.self).signals.isEmpty)
    }

    @Test func clientHintsAreCoarse() {
        #expect(ClientHint.of(address: "203.0.113.7", userAgent: "Mozilla/5.0 (iPhone) MicroMessenger/8.0") == "203.0.0.0/16 WeChat")
        #expect(ClientHint.of(address: "2001:db8:1:2::7", userAgent: "Mozilla/5.0 Chrome/120 Safari/537") == "2001:db8::/32 Chrome")
        #expect(ClientHint.of(address: "unknown", userAgent: nil) == "unknown none")
    }
}

@Suite struct ReportTests {
    @Test func aReportIsStoredAndChangesNothingElse() async throws {
        let harness = try await ServerHarness()
        let code = harness.fixture.labels["valid"]!
        let before = try harness.fixture.store.dump()
        let answer = try await harness.post("/V/\(code.text)/report", form: "text=%E8%B6%85%E5%B8%82%E9%87%8C%E7%9A%84%E8%8B%B9%E6%9E%9C&website=")
        #expect(answer.status == 200)
        #expect(answer.text.contains("举报已收到"))
        let after = try harness.fixture.store.dump()
        #expect(after.contains("超市里的苹果"))
        let unchanged = after.components(separatedBy: "\n").map { $0.hasPrefix("label_reports:") ? "label_reports:" : $0 }
        #expect(unchanged == before.components(separatedBy: "\n"))
    }

    @Test func robotsEmptyAndOversizedReportsAreNotStored() async throws {
        let harness = try await ServerHarness()
        let code = harness.fixture.labels["valid"]!.text
        let before = try harness.fixture.store.dump()
        #expect(try await harness.post("/V/\(code)/report", form: "text=spam&website=http%3A%2F%2Fspam").status == 200)
        let empty = try await harness.post("/V/\(code)/report", form: "text=%20")
        #expect(empty.status == 400)
        #expect(empty.text.contains("「举报内容」"))
        #expect(try await harness.post("/V/\(code)/report", form: "text=%01").status == 400)
        #expect(try await harness.post("/V/\(code)/report", form: "text=" + String(repeating: "x", count: 501)).status == 400)
        #expect(try await harness.post("/V/\(code)/report", form: "text=" + String(repeating: "x", count: 6000)).status == 413)
        #expect(try harness.fixture.store.dump() == before)
    }

    @Test func tooManyReportsGetAReadablePageWithTheWaitInMinutes() async throws {
        let harness = try await ServerHarness(reports: RateLimiter.Policy(capacity: 1, refillPerSecond: 1.0 / 600))
        let code = harness.fixture.labels["valid"]!.text
        #expect(try await harness.post("/V/\(code)/report", form: "text=first").status == 200)
        let limited = try await harness.post("/V/\(code)/report", form: "text=second")
        #expect(limited.status == 429)
        let seconds = try #require(limited.header("Retry-After").flatMap(Int.init))
        #expect((540...600).contains(seconds))
        #expect(limited.text.contains("举报过于频繁"))
        #expect(limited.text.contains("请 \((seconds + 59) / 60) 分钟后再提交"))
        #expect(!limited.text.contains("不存在的编号"))
        let english = try await harness.post("/V/\(code)/report?lang=en", form: "text=third")
        #expect(english.text.contains("Too many reports"))
    }
}
