import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The region title where people see it: the console's banner for administrators and approvers and
/// the dashboard inside the warning lead, and 称号复查中 on the public label and licence pages while a
/// pending recheck keeps labels valid within the grace.
@Suite struct RegionTitlePageTests {
    static let admin = try! Actor(name: "孙磊", role: .admin)
    static let banner = "<p class=\"title-warning\" role=\"alert\">"

    /// A console on `day` over a registry with one product licence and a printed batch of labels.
    private func licensed(on day: String) async throws -> (ConsoleHarness, licence: String, code: LabelCode) {
        let harness = try await ConsoleHarness(day: day)
        let licence = try harness.fixture.activeLicence()
        let code = try harness.registry.write { tx in
            let batch = try tx.issueBatch(licence: licence, count: 5, by: StoreFixture.printer)
            return try tx.recordPrintJob(batch: batch.number, format: "a4-3x7", by: StoreFixture.printer).codes[0]
        }
        return (harness, licence, code)
    }

    private func record(_ outcome: RegionTitleRecheck.Outcome, in registry: Registry, validUntil: Day? = nil) throws {
        try registry.write { tx in
            try tx.setRegionTitle(try tx.regionTitle().recording(outcome, on: tx.today, validUntil: validUntil), by: Self.admin, reason: "登记复查")
        }
    }

    @Test func insideTheLeadTheBannerWarnsAdministratorsAndApproversOnEveryPage() async throws {
        let (harness, licence, _) = try await licensed(on: "2026-12-02")
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let application = try harness.registry.read { try $0.licence(licence).applicationNumber }
        // The application page builds its frame inside its own read of the registry.
        for path in ["/console", "/console/licences", "/console/licences/\(licence)", "/console/labels", "/console/dashboard",
                     "/console/applications/\(application)"] {
            let page = try await approver.get(path)
            #expect(page.status == 200 && page.text.contains(Self.banner), "\(path)")
            #expect(page.text.contains("将于 2026-12-31 到期，还剩 29 天"), "\(path)")
        }
        let admin = try await harness.signedIn("管理员甲", roles: [.admin])
        #expect(try await admin.get("/console").text.contains(Self.banner))
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        #expect(try await !clerk.get("/console").text.contains(Self.banner))
        let auditor = try await harness.signedIn("钱审计", roles: [.auditor])
        let dashboard = try await auditor.get("/console/dashboard").text
        #expect(!dashboard.contains(Self.banner))
        #expect(dashboard.contains("天然氧吧称号") && dashboard.contains("还剩 29 天") && dashboard.contains("复查：未登记"))
    }

    @Test func beforeTheLeadThereIsNoBanner() async throws {
        let (harness, _, _) = try await licensed(on: "2026-10-01")
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        #expect(try await !approver.get("/console").text.contains(Self.banner))
    }

    @Test func withinTheGraceOfAPendingRecheckPublicPagesSayTitleUnderRecheck() async throws {
        let (harness, licence, code) = try await licensed(on: "2026-12-10")
        try record(.pending, in: harness.registry)
        harness.clock.set(day: "2027-03-01")
        let page = try await harness.send(.get, "/V/\(code.text)")
        #expect(page.status == 200 && page.text.contains("<span class=\"badge valid\">有效</span>"))
        #expect(page.text.contains(StatusNotice.regionTitleUnderRecheck(graceEndsOn: Day("2027-06-29")!).chinese))
        let again = try await harness.send(.get, "/V/\(code.text)")
        #expect(again.text.contains("称号复查中"))
        let english = try await harness.send(.get, "/V/\(code.text)?lang=en")
        #expect(english.text.contains("Title under recheck"))
        let licencePage = try await harness.send(.get, "/licence/\(licence)")
        #expect(licencePage.text.contains("有效") && licencePage.text.contains("称号复查中"))
        let api = try await harness.send(.get, "/api/v1/labels/\(code.text)")
        struct Document: Decodable { struct Status: Decodable { let state: String; let notice: String? }; let status: Status }
        let status = try api.json(Document.self).status
        #expect(status.state == "valid" && status.notice?.hasPrefix("称号复查中") == true)

        try record(.failed, in: harness.registry)
        let failed = try await harness.send(.get, "/V/\(code.text)")
        #expect(failed.text.contains("已暂停") && failed.text.contains("延庆区中国天然氧吧称号复查未通过") && !failed.text.contains("称号复查中"))
    }

    @Test func pastItsDateWithNothingRecordedLabelsAreSuspendedSayingWhy() async throws {
        let (harness, _, code) = try await licensed(on: "2026-12-10")
        harness.clock.set(day: "2027-03-01")
        let page = try await harness.send(.get, "/V/\(code.text)")
        #expect(page.text.contains("已暂停") && page.text.contains("延庆区中国天然氧吧称号已于 2026-12-31 到期，未登记复查申请"))
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        #expect(try await approver.get("/console").text.contains("自 2027-01-01 起所有标签显示已暂停"))
    }
}
