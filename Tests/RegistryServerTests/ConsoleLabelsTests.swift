import Foundation
import LabelPrint
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
import TestSupport
@testable import RegistryServer

/// The console's label section: issuing within quota, print-file downloads that mark labels printed,
/// voided labels, withdrawals, and refusals for every other role.
@Suite(.serialized) struct ConsoleLabelsTests {
    /// A console on 2026-08-12 with a product licence (quota 31,500) granted the day before.
    static func harness() async throws -> (ConsoleHarness, String) {
        let harness = try await ConsoleHarness(day: "2026-08-12")
        return (harness, try harness.fixture.activeLicence())
    }

    /// Issues `count` labels as a printer through the form; returns the batch number.
    static func issue(_ printer: ConsoleClient, licence: String, count: Int = 21) async throws -> String {
        let answer = try await printer.post("/console/labels/licences/\(licence)/issue", [("count", "\(count)")])
        #expect(answer.status == 303)
        let location = try #require(answer.location)
        #expect(location.hasPrefix("/console/labels/batches/"))
        return String(location.dropFirst("/console/labels/batches/".count))
    }

    @Test func theLicencePageShowsTheQuotaAndTheIssueForm() async throws {
        let (harness, licence) = try await Self.harness()
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let page = try await printer.get("/console/labels/licences/\(licence)")
        #expect(page.status == 200)
        #expect(page.text.contains(#"name="count""#) && page.text.contains(#"id="issue-submit""#))
        #expect(page.text.contains("31500 枚"))
        let list = try await printer.get("/console/labels")
        #expect(list.status == 200 && list.text.contains(licence))
    }

    @Test func aPrinterIssuesDownloadsTheA4SheetWhoseQRCodesAreTheLabelsURLs() async throws {
        let (harness, licence) = try await Self.harness()
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let number = try await Self.issue(printer, licence: licence)
        let batch = try harness.registry.read { try $0.labelBatch(number) }
        #expect(batch.count == 21)
        #expect(try harness.registry.read { try $0.issuedLabelCount(licence: licence) } == 21)
        let page = try await printer.get("/console/labels/batches/\(number)")
        for id in ["download-a4-3x7", "download-a4-5x13", "download-thermal", "download-tspl", "download-zpl"] {
            #expect(page.text.contains("id=\"\(id)\""))
        }
        #expect(!page.text.contains("download-plaque-a5") && !page.text.contains("download-table-card-a6"))
        let before = try harness.dump()
        let plaque = try await printer.post("/console/labels/batches/\(number)/print", [("format", "plaque-a5")])
        #expect(plaque.status == 422 && plaque.text.contains("只用于民宿"), "a product batch is never printed as a door plaque")
        #expect(try harness.dump() == before)

        let answer = try await printer.post("/console/labels/batches/\(number)/print", [("format", "a4-3x7")])
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "application/pdf")
        #expect(answer.header("Content-Disposition") == "attachment; filename=\"\(number)-a4-3x7.pdf\"")
        #expect(answer.data.starts(with: Data("%PDF".utf8)))

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("sheet.pdf")
        try answer.data.write(to: pdf)
        let template = try LabelLibrary(directory: StoreFixture.labels).template(for: .a4Sheet3x7)
        let grid = try #require(template.sheet)
        let regions = (0..<grid.labelsPerSheet).map { slot in
            let origin = grid.origin(ofSlot: slot)
            return ExternalTool.Region(page: 1, box: LabelBox(x: origin.x, y: origin.y, width: template.width, height: template.height))
        }
        let decoded = try ExternalTool.decodeQRCodes(inPDF: pdf, regions: regions)
        let host = try LabelSettings.load(schemas: StoreFixture.schemas).verificationHost
        #expect(decoded.first == [batch.link.link(for: batch.codes.first).url(on: host)])
        #expect(decoded.last == [batch.link.link(for: batch.codes.last).url(on: host)])
        let urls = decoded.compactMap(\.first)
        #expect(Set(urls).count == 21)
        for url in urls {
            let code = try LabelCode(parsing: String(try #require(url.split(separator: "/").last)))
            let label = try #require(try harness.registry.read { try $0.label(code: code) })
            #expect(label.batchNumber == number && label.state == .printed)
        }
    }

    @Test func aReprintAsksForAReasonAndThermalProgramsDownload() async throws {
        let (harness, licence) = try await Self.harness()
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let number = try await Self.issue(printer, licence: licence, count: 3)
        let tspl = try await printer.post("/console/labels/batches/\(number)/print", [("format", "tspl"), ("roll", "thermal-50x30"), ("dpi", "300")])
        #expect(tspl.status == 200)
        #expect(tspl.header("Content-Disposition") == "attachment; filename=\"\(number)-tspl-thermal-50x30.tspl\"")
        #expect(tspl.data.starts(with: Data("SIZE 50 mm,30 mm".utf8)))

        let before = try harness.dump()
        let refused = try await printer.post("/console/labels/batches/\(number)/print", [("format", "zpl")])
        #expect(refused.status == 422)
        #expect(refused.text.contains("重印须填写理由"))
        #expect(refused.text.contains(#"id="reprint-reason-error""#))
        #expect(try harness.dump() == before)

        let zpl = try await printer.post("/console/labels/batches/\(number)/print", [("format", "zpl"), ("reprint_reason", "卡纸重印")])
        #expect(zpl.status == 200)
        #expect(String(decoding: zpl.data, as: UTF8.self).hasPrefix("^XA"))
        let jobs = try harness.registry.read { try $0.labelBatch(number) }.printJobs
        #expect(jobs.map(\.format) == ["tspl thermal-50x30", "zpl thermal-40x30"])
        #expect(jobs.last?.reason == "卡纸重印" && jobs.last?.by == "孙丽")
    }

    @Test func aPrinterVoidsLabelsByCodeAndTheReconciliationCountsThem() async throws {
        let (harness, licence) = try await Self.harness()
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let number = try await Self.issue(printer, licence: licence, count: 5)
        let batch = try harness.registry.read { try $0.labelBatch(number) }
        let answer = try await printer.post("/console/labels/batches/\(number)/void",
                                            [("state_action", "void"), ("state_codes", batch.codes.first.grouped()), ("state_reason", "卡纸损毁")])
        #expect(answer.status == 303)
        #expect(try harness.registry.read { try $0.label(code: batch.codes.first) }?.state == .voided)
        #expect(try harness.registry.read { try $0.reconcile(batch: number) }.voided == 1)
        let page = try await printer.get("/console/labels/batches/\(number)")
        #expect(page.text.contains("已作废标签 1 枚"))
        #expect(page.text.contains(#"<th>已作废</th><td>1</td>"#))

        let before = try harness.dump()
        let bad = try await printer.post("/console/labels/batches/\(number)/void",
                                         [("state_action", "void"), ("state_first", batch.codes.first.grouped()), ("state_reason", "x")])
        #expect(bad.status == 422 && bad.text.contains("码段须同时填写起始码和结束码"))
        let typo = try await printer.post("/console/labels/batches/\(number)/void",
                                          [("state_action", "void"), ("state_codes", "7K3M 9QXD"), ("state_reason", "x")])
        #expect(typo.status == 422 && typo.text.contains(#"id="void-codes-error""#))
        #expect(try harness.dump() == before)
    }

    @Test func issuingOverTheQuotaIsRefusedInChineseAndIssuesNothing() async throws {
        let (harness, licence) = try await Self.harness()
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let before = try harness.dump()
        let answer = try await printer.post("/console/labels/licences/\(licence)/issue", [("count", "31501")])
        #expect(answer.status == 422)
        #expect(answer.text.contains("标签额度不足：申请 31501 枚，剩余 31500 枚"))
        #expect(answer.text.contains(#"id="count-error""#))
        for count in ["", "0", "十", "<b>5</b>"] {
            #expect(try await printer.post("/console/labels/licences/\(licence)/issue", [("count", count)]).status == 422)
        }
        #expect(try harness.dump() == before)
    }

    @Test func otherRolesAre403AndChangeNothing() async throws {
        let (harness, licence) = try await Self.harness()
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let number = try await Self.issue(printer, licence: licence, count: 3)
        let code = try harness.registry.read { try $0.labelBatch(number) }.codes.first.grouped()
        var others: [(Role, ConsoleClient)] = []
        for (name, role) in [("王芳", Role.clerk), ("赵敏", .approver), ("孙卫东", .meteorologist), ("钱审计", .auditor), ("管理", .admin)] {
            others.append((role, try await harness.signedIn(name, roles: [role])))
        }
        let clerk = others[0].1
        let before = try harness.dump()
        for (role, other) in others {
            #expect(try await other.post("/console/labels/licences/\(licence)/issue", [("count", "5")]).status == 403, "\(role)")
            #expect(try await other.post("/console/labels/batches/\(number)/print", [("format", "a4-3x7")]).status == 403, "\(role)")
            #expect(try await other.post("/console/labels/batches/\(number)/void",
                                         [("state_action", "void"), ("state_codes", code), ("state_reason", "x")]).status == 403, "\(role)")
        }
        #expect(try await printer.post("/console/labels/batches/\(number)/withdraw",
                                       [("withdraw_kind", "suspend"), ("withdraw_reason", "核查")]).status == 403)
        #expect(try await printer.post("/console/labels/batches/\(number)/print", [("format", "a4-3x7")], token: .missing).status == 403)
        #expect(try await clerk.get("/console/labels").status == 403)
        #expect(try harness.dump() == before)
    }

    @Test func anApproverSuspendsAndRevokesOnlyWithConfirmation() async throws {
        let (harness, licence) = try await Self.harness()
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let number = try await Self.issue(printer, licence: licence, count: 3)
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        let suspended = try await approver.post("/console/labels/batches/\(number)/withdraw",
                                                [("withdraw_kind", "suspend"), ("withdraw_reason", "疑似串货，待核查")])
        #expect(suspended.status == 303)
        #expect(try harness.registry.read { try $0.displayStatus(of: try $0.labelBatch(number)) }.state == .suspended)

        let before = try harness.dump()
        let unconfirmed = try await approver.post("/console/labels/batches/\(number)/withdraw",
                                                  [("withdraw_kind", "revoke"), ("withdraw_reason", "标签被盗")])
        #expect(unconfirmed.status == 422 && unconfirmed.text.contains(#"id="withdraw-confirm-error""#))
        #expect(try harness.dump() == before)
        let revoked = try await approver.post("/console/labels/batches/\(number)/withdraw",
                                              [("withdraw_kind", "revoke"), ("withdraw_reason", "标签被盗"), ("withdraw_confirm", "yes")])
        #expect(revoked.status == 303)
        #expect(try harness.registry.read { try $0.displayStatus(of: try $0.labelBatch(number)) }.state == .revoked)
        let event = try #require(try harness.registry.read { try $0.auditEvents(entity: .labelBatch, id: number) }.first)
        #expect(event.actor == "赵敏" && event.role == .approver && event.action.rawValue == RegistryAction.revokeLabels.rawValue)
    }

    @Test func anApproverSuspendsEveryBatchOfALicenceIssuedBeforeADay() async throws {
        let (harness, licence) = try await Self.harness()
        let printer = try await harness.signedIn("孙丽", roles: [.printer])
        let first = try await Self.issue(printer, licence: licence, count: 3)
        let second = try await Self.issue(printer, licence: licence, count: 4)
        let approver = try await harness.signedIn("赵敏", roles: [.approver])
        #expect(try await approver.get("/console/labels/licences/\(licence)").text.contains(#"id="licence-withdraw-form""#))
        let before = try harness.dump()
        let undated = try await approver.post("/console/labels/licences/\(licence)/withdraw",
                                              [("withdraw_kind", "suspend"), ("withdraw_issued_before", "8月13日"), ("withdraw_reason", "早期包装待核查")])
        #expect(undated.status == 422 && undated.text.contains(#"id="licence-withdraw-issued-before-error""#))
        let none = try await approver.post("/console/labels/licences/\(licence)/withdraw",
                                           [("withdraw_kind", "suspend"), ("withdraw_issued_before", "2026-08-01"), ("withdraw_reason", "早期包装待核查")])
        #expect(none.status == 422 && none.text.contains("之前没有发放过标签批次"))
        #expect(try harness.dump() == before)
        let answer = try await approver.post("/console/labels/licences/\(licence)/withdraw",
                                             [("withdraw_kind", "suspend"), ("withdraw_issued_before", "2026-08-13"), ("withdraw_reason", "早期包装待核查")])
        #expect(answer.status == 303 && answer.location == "/console/labels/licences/\(licence)")
        for number in [first, second] {
            #expect(try harness.registry.read { try $0.displayStatus(of: try $0.labelBatch(number)) }.state == .suspended)
        }
    }

    @Test func homestayAndDishBatchesOfferTheirPlaqueAndTableCard() {
        #expect(PrintFile.choices(for: .homestay).map(\.id).contains("download-plaque-a5"))
        #expect(!PrintFile.choices(for: .homestay).map(\.id).contains("download-table-card-a6"))
        #expect(PrintFile.choices(for: .dish).map(\.id).contains("download-table-card-a6"))
        #expect(!LabelFormat.homestayPlaqueA5.suits(.product) && !LabelFormat.dishTableCardA6.suits(.homestay))
        #expect(LabelFormat.allCases.filter { !$0.isThermal && $0.onlyFor == nil }.allSatisfy { $0.suits(.product) && $0.suits(.dish) })
        #expect(PrintFile.dishTableCard.output(roll: .thermal40x30) == .pdf(.dishTableCardA6))
    }
}
