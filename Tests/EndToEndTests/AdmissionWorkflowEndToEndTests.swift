import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct AdmissionWorkflowEndToEndTests {
    static let uscc = "93110119MA01ABCD1X"

    /// The USCC above with its correct check character, computed by the program itself.
    func validUSCC(_ cli: CommandLineRunner) throws -> String {
        let message = try cli.refused(["operator", "add", "--uscc", Self.uscc, "--name", "x", "--kind", "farm", "--town", "延庆镇", "--address", "x"], actor: "王芳", role: "clerk")
        let expected = try #require(message.firstMatch(of: /应为「(.)」/)?.1)
        return "93110119MA01ABCD1" + expected
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func intakeToLicenceToRevocation() throws {
        var cli = CommandLineRunner()
        #expect(try cli.refused(["operator", "list"]).contains("oxlabel init"))
        try cli.ok(["init"])
        let key = try FileManager.default.attributesOfItem(atPath: cli.dataPath + ".snapshot-key")
        #expect(key[.posixPermissions] as? Int == 0o600 && key[.size] as? Int == 32)
        let uscc = try validUSCC(cli)
        try cli.ok(["operator", "add", "--uscc", uscc, "--name", "延庆区前黑龙庙葡萄种植专业合作社", "--kind", "cooperative",
                    "--town", "张山营镇", "--address", "前黑龙庙村 8 号"], actor: "王芳", role: "clerk")
        let subject = try json(try cli.ok(["subject", "add", "--operator", uscc, "--kind", "product", "--name", "巨峰葡萄", "--town", "张山营",
                                           "--crop", "葡萄", "--variety", "巨峰", "--plot", "东坡地块", "--lat", "40.49", "--lon", "115.87", "--elevation", "525",
                                           "--area-mu", "100", "--season", "2026", "--expected-kg", "150000", "--pack-kg", "5", "--json"],
                                          actor: "王芳", role: "clerk"))
        let subjectID = "\(try #require(subject["id"] as? Int))"
        let application = try json(try cli.ok(["apply", "--subject", subjectID, "--json",
                                               "--evidence", "kind=greenFood,ref=GF110229260001,until=2028-12-31"], actor: "王芳", role: "clerk"))
        let number = try #require(application["number"] as? String)
        #expect(number == "SQ-2026-0001")

        #expect(try cli.refused(["review", number, "--findings", "x"], actor: "李强", role: "reviewer").contains("已提交"))
        try cli.ok(["return", number, "--reason", "缺少检测报告"], actor: "王芳", role: "clerk")
        try cli.ok(["apply", "--resubmit", number, "--evidence", "kind=foodSafetyTest,ref=JC-2026-0001,value=合格,until=2027-06-30"], actor: "王芳", role: "clerk")
        #expect(try cli.refused(["accept", number], actor: "李强", role: "reviewer").contains("无权"))
        try cli.ok(["accept", number], actor: "王芳", role: "clerk")
        let review = try cli.ok(["review", number, "--findings", "材料齐全，现场核查属实"], actor: "李强", role: "reviewer")
        #expect(review.contains("✓ 本季农产品质量安全检测合格"))
        #expect(try cli.refused(["approve", number], actor: "李强", role: "approver").contains("审核与审批分离"))
        #expect(try cli.ok(["approve", number], actor: "赵敏", role: "approver").contains("公示至 2026-08-10"))

        cli.today = "2026-08-10"
        #expect(try cli.refused(["publicity", "close", number], actor: "赵敏", role: "approver").contains("2026-08-10"))
        cli.today = "2026-08-11"
        let licence = try json(try cli.ok(["publicity", "close", number, "--json"], actor: "赵敏", role: "approver"))
        let licenceNumber = try #require(licence["number"] as? String)
        #expect(licenceNumber == "YQYB-P-2026-0001")

        cli.today = "2026-09-01"
        #expect(try cli.refused(["licence", "reinstate", licenceNumber, "--reason", "x"], actor: "赵敏", role: "approver").contains("有效"))
        try cli.ok(["licence", "suspend", licenceNumber, "--reason", "抽检农残超标", "--deadline", "2026-10-01"], actor: "赵敏", role: "approver")
        #expect(try cli.ok(["licence", "list"]).contains("已暂停"))
        try cli.ok(["licence", "reinstate", licenceNumber, "--reason", "复检合格"], actor: "赵敏", role: "approver")
        #expect(try cli.refused(["licence", "revoke", licenceNumber, "--category", "labelMisuse", "--reason", "转借"], actor: "王芳", role: "clerk").contains("无权"))
        try cli.ok(["licence", "revoke", licenceNumber, "--category", "labelMisuse", "--reason", "转借标签"], actor: "赵敏", role: "approver")
        #expect(try cli.refused(["licence", "reinstate", licenceNumber, "--reason", "x"], actor: "赵敏", role: "approver").contains("已撤销"))
        let shown = try json(try cli.ok(["licence", "show", licenceNumber, "--json"]))
        let status = try #require((shown["licence"] as? [String: Any])?["shows"] as? [String: Any])
        #expect(status["state"] as? String == "revoked")

        try cli.ok(["region-title", "set", "--standing", "suspended", "--reason", "复查整改"], actor: "孙磊", role: "admin")
        #expect(try cli.ok(["audit", "verify"]).contains("intact"))
        let backup = cli.folder.appendingPathComponent("backup.sqlite").path
        try cli.ok(["backup", backup])
        #expect(FileManager.default.fileExists(atPath: backup))
        #expect(FileManager.default.fileExists(atPath: backup + ".scans.sqlite"))
    }

    @Test func badInputIsRefusedAndChangesNothing() throws {
        let cli = CommandLineRunner()
        try cli.ok(["init"])
        let uscc = try validUSCC(cli)
        try cli.ok(["operator", "add", "--uscc", uscc, "--name", "合作社", "--kind", "cooperative", "--town", "张山营镇", "--address", "x"], actor: "王芳", role: "clerk")
        let before = try cli.dump()
        let attempts: [[String]] = [
            ["operator", "add", "--uscc", uscc, "--name", "重复", "--kind", "farm", "--town", "延庆镇", "--address", "x"],
            ["operator", "add", "--uscc", "93110119MA01ABCD1Y", "--name", "错码", "--kind", "farm", "--town", "延庆镇", "--address", "x"],
            ["operator", "add", "--uscc", uscc, "--name", "外区", "--kind", "farm", "--town", "海淀镇", "--address", "x"],
            ["operator", "add", "--uscc", uscc, "--name", String(repeating: "长", count: 40_000), "--kind", "farm", "--town", "延庆镇", "--address", "x"],
            ["apply", "--subject", "42"],
            ["licence", "suspend", "YQYB-P-2026-0009", "--reason", "x", "--deadline", "2026-13-01"],
        ]
        for arguments in attempts {
            _ = try cli.refused(arguments, actor: "王芳", role: "clerk")
        }
        let notUTF8 = try cli.run([], shell: #""$1" operator add --uscc 91110108551385082Q --name "$(printf '\377\376')" --kind farm --town 延庆镇 --address x --actor 王芳 --role clerk"#)
        #expect(notUTF8.status == 1)
        #expect(notUTF8.error.contains("UTF-8"))
        #expect(try cli.dump() == before)
        #expect(try cli.ok(["audit", "verify"]).contains("intact: 1 events"))
    }

    @Test func theDemoFillsARegistryWithEveryState() throws {
        let cli = CommandLineRunner()
        let summary = try json(try cli.ok(["demo", "--json"]))
        let states = try #require(summary["applications"] as? [String: Int])
        #expect(Set(states.keys) == ["draft", "submitted", "accepted", "returned", "reviewed", "publicity", "rejected", "granted"])
        let licences = try #require(summary["licences"] as? [String: Int])
        #expect(licences["suspended"] ?? 0 >= 1 && licences["revoked"] ?? 0 >= 1 && licences["active"] ?? 0 >= 10)
        #expect(summary["operators"] as? Int == 40)
        #expect(try cli.ok(["labels", "reports", "--open"]).contains("包装和这里的不一样"))
        #expect(try cli.ok(["audit", "verify"]).contains("intact"))
        #expect(try cli.refused(["demo"]).contains("already holds data"))
    }
}

@Suite struct CrashEndToEndTests {
    /// SIGKILL in the middle of a large write leaves either nothing or everything, and an intact chain.
    @Test func aKilledWriteLeavesNothingHalfDone() throws {
        let cli = CommandLineRunner()
        try cli.ok(["init"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineRunner.binary)
        process.arguments = ["demo", "--scale", "3", "--data", cli.dataPath, "--schemas", CommandLineRunner.packageRoot.appendingPathComponent("Schemas").path]
        process.standardOutput = FileHandle.nullDevice
        try ProcessLaunch.run(process)
        Thread.sleep(forTimeInterval: 0.8)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let operators = try cli.ok(["operator", "list", "--json"])
        let count = try #require(JSONSerialization.jsonObject(with: Data(operators.utf8)) as? [Any]).count
        #expect(count == 0 || count == 120)
        #expect(try cli.ok(["audit", "verify"]).contains("intact"))
    }
}
