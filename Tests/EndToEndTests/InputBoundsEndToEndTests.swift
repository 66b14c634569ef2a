import Foundation
import RegistryCore
import Testing

/// The inputs that once trapped the command line (SIGILL) now end with a message and an exit status:
/// a pack size of a hundred-billionth of a kilogram, `publicity close` of a product stored with one, and
/// an hourly observation before 1970.
@Suite struct InputBoundsEndToEndTests {
    static let clerk = (actor: "王芳", role: "clerk")
    static let officer = (actor: "孙卫东", role: "meteorologist")

    /// Registers the cooperative and returns the `subject add` arguments of its grape with a pack size.
    func grape(_ cli: CommandLineRunner, packKg: String) throws -> [String] {
        let uscc = USCC.completing("93110119MA01ABCD1")!.value
        try cli.ok(["init"])
        try cli.ok(["operator", "add", "--uscc", uscc, "--name", "延庆区前黑龙庙葡萄种植专业合作社", "--kind", "cooperative",
                    "--town", "张山营镇", "--address", "前黑龙庙村 8 号"], actor: Self.clerk.actor, role: Self.clerk.role)
        return ["subject", "add", "--operator", uscc, "--kind", "product", "--name", "巨峰葡萄", "--town", "张山营镇", "--crop", "葡萄",
                "--plot", "东坡地块", "--lat", "40.49", "--lon", "115.87", "--elevation", "525", "--area-mu", "100", "--season", "2026",
                "--expected-kg", "150000", "--pack-kg", packKg, "--json"]
    }

    @Test func aPackOfAHundredBillionthOfAKilogramIsRefusedWithAMessage() throws {
        let cli = CommandLineRunner()
        let add = try grape(cli, packKg: "0.00000000001")
        let before = try cli.dump()
        let message = try cli.refused(add, actor: Self.clerk.actor, role: Self.clerk.role)
        #expect(message.contains("「包装规格」应不小于 0.001 公斤") && message.contains("pack size"))
        #expect(try cli.dump() == before)
    }

    @Test func closingPublicityOfAProductStoredWithATinyPackIsRefusedOnEveryRetry() throws {
        var cli = CommandLineRunner()
        let subject = try CommandLineRunner.field("id", in: try cli.ok(try grape(cli, packKg: "5"), actor: Self.clerk.actor, role: Self.clerk.role))
        let application = try CommandLineRunner.field("number", in: try cli.ok(
            ["apply", "--subject", subject, "--json", "--evidence", "kind=greenFood,ref=GF110229260001,until=2028-12-31",
             "--evidence", "kind=foodSafetyTest,ref=JC-2026-0001,value=合格,until=2027-06-30"], actor: Self.clerk.actor, role: Self.clerk.role))
        try cli.ok(["accept", application], actor: Self.clerk.actor, role: Self.clerk.role)
        try cli.ok(["review", application, "--findings", "材料齐全"], actor: "李强", role: "reviewer")
        try cli.ok(["approve", application], actor: "赵敏", role: "approver")
        // The stored pack size predates the bound, as in a registry written before it.
        _ = try CommandLineRunner.tool("/usr/bin/sqlite3", [cli.dataPath,
            #"UPDATE subjects SET body = replace(body, '"packSizeKg":5', '"packSizeKg":1e-11')"#])
        cli.today = "2026-08-11"
        let before = try cli.dump()
        for _ in 0..<2 {
            let result = try cli.run(["publicity", "close", application], actor: "赵敏", role: "approver")
            #expect(result.status == 1, "exit status \(result.status): \(result.error)")
            #expect(result.error.contains("超过标签配额上限 10000000 枚") || result.error.contains("应不小于 0.001 公斤"))
        }
        #expect(try cli.dump() == before)
    }

    @Test func anHourlyObservationBefore1970IsStoredAndOneBefore1950IsRefused() throws {
        var cli = CommandLineRunner()
        cli.today = "2026-11-25"
        try cli.ok(["init"])
        try cli.ok(["station", "add", "--id", "54406", "--name", "延庆国家气象站", "--town", "百泉街道", "--lat", "40.45", "--lon", "115.97",
                    "--elevation", "487", "--kind", "weather"], actor: Self.officer.actor, role: Self.officer.role)
        let file = cli.folder.appendingPathComponent("54406.csv")
        try Data("station_id,time,temperature\n54406,1969-12-31T23:00,-5.0\n".utf8).write(to: file)
        let stored = try cli.run(["observations", "import", file.path, "--kind", "hourly"], actor: Self.officer.actor, role: Self.officer.role)
        #expect(stored.status == 0, "exit status \(stored.status): \(stored.error)")
        #expect(try cli.ok(["station", "show", "54406"]).contains("1969-12-31T23:00"))

        let early = cli.folder.appendingPathComponent("54406-1949.csv")
        try Data("station_id,time,temperature\n54406,1949-12-31T23:00,-5.0\n".utf8).write(to: early)
        let before = try cli.dump()
        let refused = try cli.run(["observations", "import", early.path, "--kind", "hourly"], actor: Self.officer.actor, role: Self.officer.role)
        #expect(refused.status == 1, "exit status \(refused.status): \(refused.error)")
        #expect(refused.output.contains("时间应在 1950-01-01 至 2026-11-26 之间"))
        #expect(try cli.dump() == before)
    }
}
