import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
import TestSupport
@testable import RegistryServer

/// The dashboard and the quarterly report: who may open them, the figures they show, the CSV and
/// PDF downloads, and bad periods.
@Suite struct ConsoleDashboardTests {
    /// A console on 2026-09-01 over a registry with one product licence granted in August.
    private func licensed() async throws -> ConsoleHarness {
        let harness = try await ConsoleHarness(day: "2026-09-01")
        _ = try harness.fixture.activeLicence()
        return harness
    }

    @Test func dashboardAndReportsOpenToDecidersAndAuditorsOnly() async throws {
        let harness = try await licensed()
        for (name, role) in [("李强", Role.reviewer), ("赵敏", .approver), ("钱审计", .auditor), ("管理员甲", .admin)] {
            let staff = try await harness.signedIn(name, roles: [role])
            for path in ["/console/dashboard", "/console/reports/quarterly", "/console/reports/quarterly.csv?year=2026&quarter=3",
                         "/console/reports/quarterly.pdf?year=2026&quarter=3"] {
                #expect(try await staff.get(path).status == 200, "\(role) \(path)")
            }
            #expect(try await staff.get("/console/dashboard").text.contains("href=\"/console/dashboard\""))
        }
        for (name, role) in [("王芳", Role.clerk), ("孙丽", .printer), ("孙卫东", .meteorologist)] {
            let staff = try await harness.signedIn(name, roles: [role])
            let before = try harness.dump()
            for path in ["/console/dashboard", "/console/reports/quarterly?year=2026&quarter=3", "/console/reports/quarterly.csv",
                         "/console/reports/quarterly.pdf"] {
                let answer = try await staff.get(path)
                #expect(answer.status == 403, "\(role) \(path)")
                #expect(answer.text.contains("没有权限"))
            }
            #expect(!(try await staff.get("/console").text.contains("/console/dashboard")))
            #expect(try harness.dump() == before)
        }
        #expect(try await harness.send(.get, "/console/dashboard").status == 303)
    }

    @Test func dashboardShowsTheQuarterFiguresAndChartsAsImages() async throws {
        let harness = try await licensed()
        let page = try await harness.signedIn("钱审计", roles: [.auditor]).get("/console/dashboard")
        #expect(page.status == 200)
        let text = page.text
        #expect(text.contains("2026年第三季度") && text.contains("本季度收到申请") && text.contains("<b>1</b>"))
        #expect(text.contains("/console/reports/quarterly?year=2026&amp;quarter=3") || text.contains("/console/reports/quarterly?year=2026&quarter=3"))
        let images = text.components(separatedBy: "src=\"data:image/svg+xml;base64,").dropFirst()
        #expect(images.count == 5)
        let svgs = images.compactMap { Data(base64Encoded: String($0.prefix { $0 != "\"" })).map { String(decoding: $0, as: UTF8.self) } }
        #expect(svgs.count == 5 && svgs.allSatisfy { $0.hasPrefix("<svg") && !$0.contains("<script") })
        #expect(svgs.contains { $0.contains("张山营镇") && $0.contains("许可按乡镇") })
        #expect(!text.contains("<script"))
    }

    @Test func quarterlyReportAsPageCSVWithBOMAndPDF() async throws {
        let harness = try await licensed()
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let page = try await approver.get("/console/reports/quarterly?year=2026&quarter=3")
        #expect(page.status == 200)
        #expect(page.text.contains("2026年第三季度") && page.text.contains("收到申请") && page.text.contains("张山营镇"))

        let csv = try await approver.get("/console/reports/quarterly.csv?year=2026&quarter=3")
        #expect(csv.status == 200)
        #expect(csv.header("Content-Type")?.hasPrefix("text/csv") == true)
        #expect(csv.header("Content-Disposition")?.contains("oxlabel-quarterly-2026-Q3.csv") == true)
        #expect(Array(csv.data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = csv.text.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.contains("收到申请,0,1,0,1"))
        #expect(lines.contains("颁发许可,0,1,0,1"))
        #expect(lines.contains("张山营镇,1,1"))
        #expect(lines.contains("农产品,1"))

        let pdf = try await approver.get("/console/reports/quarterly.pdf?year=2026&quarter=3")
        #expect(pdf.status == 200)
        #expect(pdf.header("Content-Type") == "application/pdf")
        #expect(pdf.data.starts(with: Data("%PDF".utf8)))
        let file = harness.fixture.folder.appendingPathComponent("quarterly.pdf")
        try pdf.data.write(to: file)
        let printed = try ExternalTool.run("pdftotext", [file.path, "-"], package: "poppler-utils")
        for expected in ["2026年第三季度", "2026-07-01 至 2026-09-30", "收到申请", "颁发许可", "张山营镇", "农产品", "负氧离子年平均浓度"] {
            #expect(printed.contains(expected), "missing \(expected)")
        }

        let earlier = try await approver.get("/console/reports/quarterly.csv?year=2026&quarter=2").text
        #expect(earlier.contains("收到申请,0,0,0,0"))
    }

    @Test func environmentIndicatorsAreKeptUntilAStationIsRegistered() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let cache = EnvironmentCache()
        #expect(try registry.read { try cache.report(year: 2025, $0) }.stations.isEmpty)
        _ = try fixture.grapeSubject(registry)
        #expect(try registry.read { try cache.report(year: 2025, $0) }.stations.isEmpty)
        _ = try registry.write { try $0.addStation(ClimateFixture.naiStation("N01", latitude: 40.6, elevation: 700), by: StoreFixture.meteorologist) }
        #expect(try registry.read { try cache.report(year: 2025, $0) }.stations.map(\.station.id) == ["N01"])
    }

    @Test func aBadYearOrQuarterIsRefusedInChineseWithoutA500() async throws {
        let harness = try await licensed()
        let auditor = try await harness.signedIn("钱审计", roles: [.auditor])
        let cases = [("year=abc&quarter=1", "年份"), ("year=2026&quarter=5", "季度"), ("year=2026", "季度"), ("quarter=2", "年份"),
                     ("year=1999&quarter=1", "年份"), ("year=%3Cscript%3E&quarter=1", "年份"), ("year=2026&quarter=%E4%B8%89", "季度"),
                     ("year=99999999999999999999&quarter=1", "年份")]
        for (query, field) in cases {
            for path in ["/console/reports/quarterly", "/console/reports/quarterly.csv", "/console/reports/quarterly.pdf"] {
                let answer = try await auditor.get("\(path)?\(query)")
                #expect(answer.status == 400, "\(path)?\(query)")
                #expect(answer.header("Content-Type")?.hasPrefix("text/html") == true)
                #expect(answer.text.contains("「\(field)」"), "\(path)?\(query)")
                #expect(!answer.text.contains("<script>"))
            }
        }
    }
}
