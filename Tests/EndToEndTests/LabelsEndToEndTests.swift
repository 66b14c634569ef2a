import Foundation
import LabelPrint
import RegistryCore
import Testing
import TestSupport

@Suite(.serialized) struct LabelsEndToEndTests {
    static let host = try! LabelSettings.load(schemas: CommandLineRunner.packageRoot.appendingPathComponent("Schemas")).verificationHost

    @Test func issuePrintAndDecodeEveryQROfAnA4Sheet() throws {
        var cli = CommandLineRunner()
        let (licence, batch, codes) = try cli.printedBatch(count: 21, format: "a4-3x7", file: "sheet.pdf")
        #expect(batch == "\(licence)-B001")
        let sheet = cli.folder.appendingPathComponent("sheet.pdf")
        #expect(codes.count == 21 && Set(codes).count == 21)
        let page = ExternalTool.Region(page: 1, box: LabelBox(x: 0, y: 0, width: 210, height: 297))
        let decoded = try ExternalTool.decodeQRCodes(inPDF: sheet, regions: [page])[0]
        #expect(decoded.sorted() == codes.map { VerificationLink.short(try! LabelCode(parsing: $0)).url(on: Self.host) }.sorted())
        #expect(try cli.ok(["labels", "list", "--licence", licence]).contains("剩余 remaining 31479"))
        #expect(try cli.ok(["labels", "reconcile", batch]).contains("流通中 in circulation  21"))
    }

    @Test func voidRevokeAndShowThroughTheCascade() throws {
        var cli = CommandLineRunner()
        let (_, batch, codes) = try cli.printedBatch(count: 6, format: "thermal-40x30", file: "roll.pdf")
        #expect(try cli.refused(["labels", "print", batch, "--format", "tspl", "--out", cli.folder.appendingPathComponent("roll.tspl").path],
                                actor: "孙丽", role: "printer").contains("重印须注明理由"))
        try cli.ok(["labels", "print", batch, "--format", "tspl", "--out", cli.folder.appendingPathComponent("roll.tspl").path, "--reprint", "--reason", "色带断裂"],
                   actor: "孙丽", role: "printer")
        let spoiled = LabelCode.grouped(codes[0])
        try cli.ok(["labels", "void", batch, "--codes", spoiled.lowercased(), "--reason", "印刷模糊"], actor: "孙丽", role: "printer")
        #expect(try cli.ok(["labels", "show", spoiled]).contains("标签已作废：印刷模糊"))
        try cli.ok(["labels", "revoke", "--batch", batch, "--range", "\(codes[4])..\(codes[5])", "--reason", "标签被盗"], actor: "赵敏", role: "approver")
        #expect(try cli.ok(["labels", "show", codes[5]]).contains("已撤销（批次，自 2026-09-01）"))
        #expect(try cli.ok(["labels", "show", codes[3]]).contains("显示      有效"))
        #expect(try cli.ok(["labels", "reconcile", batch]).contains("已撤销但未作废或销毁的已印制标签 2 枚"))
        #expect(try cli.ok(["audit", "verify"]).contains("intact"))
    }

    @Test func badInputIsRefusedAndChangesNothing() throws {
        var cli = CommandLineRunner()
        let (licence, batch, codes) = try cli.printedBatch(count: 3, format: "svg", file: "svg")
        let code = codes[0]
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("svg").path).count == 3)
        let typo = String(code.dropLast()) + (code.last == "0" ? "1" : "0")
        let before = try cli.dump()
        let refusals: [([String], String, String, String)] = [
            (["labels", "issue", "--licence", licence, "--count", "31498"], "孙丽", "printer", "剩余 31497 枚"),
            (["labels", "issue", "--licence", licence, "--count", "5"], "王芳", "clerk", "无权"),
            (["labels", "issue", "--licence", "YQYB-P-2026-9999", "--count", "5"], "孙丽", "printer", "找不到许可"),
            (["labels", "void", batch, "--codes", typo, "--reason", "x"], "孙丽", "printer", "校验位不符"),
            (["labels", "void", "\(licence)-B009", "--codes", code, "--reason", "x"], "孙丽", "printer", "找不到标签批次"),
            (["labels", "print", batch, "--format", "a4-3x7", "--out", cli.dataPath + "/sheet.pdf", "--reprint", "--reason", "x"],
             "孙丽", "printer", "无法创建用于保存文件的文件夹"),
            (["labels", "suspend", "--batch", batch, "--licence", licence, "--reason", "x"], "赵敏", "approver", "恰好选用一项"),
            (["labels", "show", typo], "孙丽", "printer", "校验位不符"),
        ]
        for (arguments, actor, role, message) in refusals {
            #expect(try cli.refused(arguments, actor: actor, role: role).contains(message), "\(arguments)")
        }
        #expect(try cli.dump() == before)
    }
}

private extension LabelCode {
    /// A code text in groups of four, as a person would type it from a label.
    static func grouped(_ text: String) -> String { try! LabelCode(parsing: text).grouped() }
}
