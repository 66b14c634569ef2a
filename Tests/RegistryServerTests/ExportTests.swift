import Foundation
import Testing
import RegistryFixtures
@testable import RegistryServer

@Suite struct ExportTests {
    @Test func csvStartsWithTheByteOrderMarkAndIsUTF8() async throws {
        let harness = try await ServerHarness()
        let answer = try await harness.get("/directory.csv")
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(answer.header("Content-Disposition") == "attachment; filename=\"oxlabel-directory-2026-09-01.csv\"")
        #expect(Array(answer.data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(data: answer.data.dropFirst(3), encoding: .utf8))
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 7)
        #expect(lines[0] == "许可编号,类别,认证对象,产品,经营主体,统一社会信用代码,乡镇,标签状态,状态日期,原因,有效期至")
        #expect(lines.contains { $0.hasPrefix("\(harness.fixture.revoked),农产品,八棱脆海棠,八棱脆海棠,延庆区康庄海棠专业合作社,") && $0.contains(",康庄镇,已撤销,2026-08-20,伪造、转让或超量使用标识,") })
        #expect(lines.contains { $0.contains(",<script>alert(1)</script>,") })
    }

    @Test func csvFollowsTheSearchAndQuotesWhatSpreadsheetsWouldMisread() async throws {
        let harness = try await ServerHarness()
        let revoked = try await harness.get("/directory.csv?status=revoked").text
        #expect(revoked.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
        #expect(SpreadsheetCSV.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(SpreadsheetCSV.cell("a,b") == "\"a,b\"")
        #expect(SpreadsheetCSV.cell("-1") == "'-1")
        #expect(SpreadsheetCSV.cell("葡萄") == "葡萄")
    }

    @Test func jsonExportHoldsEveryMatchWithoutPaging() async throws {
        let harness = try await ServerHarness()
        let all = try await harness.get("/directory.json").json(DirectoryJSON.self)
        #expect(all.total == 6)
        #expect(all.entries.count == 6)
        #expect(all.page == nil)
        let apples = try await harness.get("/directory.json?crop=%E8%8B%B9%E6%9E%9C").json(DirectoryJSON.self)
        #expect(Set(apples.entries.map(\.licenceNumber)) == [harness.fixture.scripted, harness.fixture.suspended])
        #expect(apples.entries.first { $0.licenceNumber == harness.fixture.scripted }?.holder.name == DirectoryFixture.scriptName)
    }
}
