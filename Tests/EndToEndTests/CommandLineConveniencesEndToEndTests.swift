import Foundation
import Testing

/// What a newcomer following the README meets first: files written into folders that do not exist yet,
/// named values listed by `--help` and refused by the parser, and a subject corrected on the command line.
@Suite struct CommandLineConveniencesEndToEndTests {
    @Test func commandsThatWriteAFileMakeItsFolderAndNameOneThatCannotBeMade() throws {
        var cli = CommandLineRunner()
        let (_, batch, codes) = try cli.printedBatch(count: 21, format: "a4-3x7", file: "out/sheets/B001.pdf")
        #expect(codes.count == 21)
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("out/sheets/B001.pdf").path))
        let backup = cli.folder.appendingPathComponent("backups/2026/oxlabel.sqlite").path
        try cli.ok(["backup", backup])
        #expect(FileManager.default.fileExists(atPath: backup) && FileManager.default.fileExists(atPath: backup + ".snapshot-key"))

        let blocked = cli.folder.appendingPathComponent("blocked")
        try Data("not a folder".utf8).write(to: blocked)
        let before = try cli.dump()
        let refusal = try cli.refused(["labels", "print", batch, "--format", "a4-3x7", "--out", blocked.appendingPathComponent("B001.pdf").path,
                                       "--reprint", "--reason", "卡纸重印"], actor: "孙丽", role: "printer")
        #expect(refusal.contains(blocked.path) && refusal.contains("无法创建") && !refusal.contains("cairo"))
        #expect(try cli.dump() == before)
    }

    @Test func namedValuesAreListedByHelpAndAWrongOneIsRefusedByTheParser() throws {
        let cli = CommandLineRunner()
        let help = try cli.ok(["station", "add", "--help"])
        #expect(help.contains("weather") && help.contains("greenhouse"))
        let wrong = try cli.run(["station", "add", "--id", "X1", "--name", "试验站", "--town", "张山营镇", "--lat", "40.4", "--lon", "115.9",
                                 "--elevation", "500", "--kind", "rain"], actor: "孙卫东", role: "meteorologist")
        #expect(wrong.status == 64 && wrong.error.contains("rain") && wrong.error.contains("greenhouse"))
        let role = try cli.run(["audit", "list", "--entity", "nonsense"])
        #expect(role.status == 64 && role.error.contains("licence"))
    }

    @Test func aSubjectIsCorrectedUntilItsLicenceRestsOnIt() throws {
        var cli = CommandLineRunner()
        let licence = try cli.grantedProductLicence()
        let refusal = try cli.refused(["subject", "edit", "1", "--plot", "西沟地块"], actor: "王芳", role: "clerk")
        #expect(refusal.contains(licence) && refusal.contains("地块"))
        let corrected = try cli.ok(["subject", "edit", "1", "--gtin", "06901234567892"], actor: "王芳", role: "clerk")
        #expect(corrected.contains("商品条码") && corrected.contains("06901234567892"))
    }
}
