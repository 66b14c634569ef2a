import Foundation
import Testing

/// The region title through the command line: `init` records it from `rules/region-title.json` or from
/// options, `region-title show` warns ahead of its end, `region-title set` records the recheck, labels
/// follow it over the term, and the demo rests on a valid title whatever the year.
@Suite struct RegionTitleEndToEndTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// What `region-title show --json` says labels show: state, reason and notice.
    func labels(_ cli: CommandLineRunner) throws -> (state: String, reason: String?, notice: String?) {
        let shown = try #require(try json(try cli.ok(["region-title", "show", "--json"]))["labels"] as? [String: Any])
        return (try #require(shown["state"] as? String), shown["reason"] as? String, (shown["notice"] as? [String: Any]).map { "\($0)" })
    }

    @Test func theClerkIsWarnedRecordsThePendingRecheckAndLabelsStayValidInTheGrace() throws {
        var cli = CommandLineRunner()
        let (licence, _, codes) = try cli.printedBatch(count: 21, format: "a4-3x7", file: "B001.pdf")
        cli.today = "2026-10-15"
        #expect(!(try cli.ok(["region-title", "show"])).contains("⚠"))
        cli.today = "2026-12-02"
        let shown = try cli.ok(["region-title", "show"])
        #expect(shown.contains("⚠ 延庆区中国天然氧吧称号将于 2026-12-31 到期，还剩 29 天"))
        #expect(try cli.refused(["region-title", "set", "--recheck", "pending", "--reason", "申请"], actor: "王芳", role: "clerk").contains("admin"))
        let maybe = try cli.run(["region-title", "set", "--recheck", "maybe", "--reason", "申请"], actor: "孙磊", role: "admin")
        #expect(maybe.status == 64 && maybe.error.contains("pending"))
        try cli.ok(["region-title", "set", "--recheck", "pending", "--reason", "已向中国气象局提交复查申请"], actor: "孙磊", role: "admin")
        #expect(try cli.ok(["region-title", "show"]).contains("复查申请已登记"))

        cli.today = "2027-03-01"
        let grace = try labels(cli)
        #expect(grace.state == "valid" && grace.notice != nil)
        #expect(try cli.ok(["labels", "show", codes[0]]).contains("有效（称号复查中"))
        #expect(try cli.ok(["licence", "show", licence]).contains("称号复查中"))
        #expect(try cli.ok(["region-title", "show"]).contains("宽限期内保持有效，至 2027-06-29"))

        cli.today = "2027-06-30"
        #expect(try labels(cli).state == "suspended")
        #expect(try cli.ok(["labels", "show", codes[0]]).contains("复查宽限期已过"))

        cli.today = "2027-03-01"
        #expect(try cli.refused(["region-title", "set", "--recheck", "passed", "--reason", "通过"], actor: "孙磊", role: "admin").contains("有效期"))
        try cli.ok(["region-title", "set", "--recheck", "passed", "--valid-until", "2029-12-31", "--reason", "通过2026年复查"], actor: "孙磊", role: "admin")
        #expect(try labels(cli) == ("valid", nil, nil))
        #expect(!(try cli.ok(["region-title", "show"])).contains("⚠"))
        try cli.ok(["region-title", "set", "--recheck", "failed", "--reason", "中国气象局复查未通过通知"], actor: "孙磊", role: "admin")
        let failed = try labels(cli)
        #expect(failed.state == "suspended" && failed.reason == "延庆区中国天然氧吧称号复查未通过")
        #expect(try cli.ok(["audit", "verify"]).contains("intact"))
    }

    @Test func aCleanRegistryMadeAfterTheRulesFileDateSaysWhyLabelsAreSuspended() throws {
        var cli = CommandLineRunner()
        cli.today = "2027-03-01"
        let made = try cli.ok(["init"])
        #expect(made.contains("有效期至 2026-12-31") && made.contains("未登记复查申请"))
        let lapsed = try labels(cli)
        #expect(lapsed.state == "suspended" && lapsed.reason == "延庆区中国天然氧吧称号已于 2026-12-31 到期，未登记复查申请")
        try cli.ok(["region-title", "set", "--recheck", "pending", "--reason", "已提交复查申请"], actor: "孙磊", role: "admin")
        let grace = try labels(cli)
        #expect(grace.state == "valid" && grace.notice != nil)
        #expect(try cli.ok(["region-title", "show"]).contains("有效，称号复查中"))
    }

    @Test func initRecordsTheTitleFromOptionsOnce() throws {
        let cli = CommandLineRunner()
        #expect(try cli.refused(["init", "--title-valid-until", "2026-13-01"]).contains("--title-valid-until"))
        #expect(try cli.refused(["init", "--title-awarded", "2021-01-01", "--title-valid-until", "2020-12-31"]).contains("--title-valid-until"))
        try cli.ok(["init", "--title-awarded", "2021-01-01", "--title-rechecked", "2024-01-10", "--title-valid-until", "2027-12-31"])
        let title = try #require(try json(try cli.ok(["region-title", "show", "--json"]))["title"] as? [String: Any])
        #expect(title["awardedOn"] as? String == "2021-01-01" && title["lastRecheckOn"] as? String == "2024-01-10"
                && title["validUntil"] as? String == "2027-12-31")
        let terms = try #require(title["terms"] as? [String: Any])
        #expect(terms["warningLeadDays"] as? Int == 60 && terms["graceDays"] as? Int == 180)
        try cli.ok(["init"])
        try cli.ok(["init", "--title-awarded", "2021-01-01", "--title-rechecked", "2024-01-10", "--title-valid-until", "2027-12-31"])
        #expect(try cli.refused(["init", "--title-valid-until", "2028-12-31"]).contains("region-title set"))
    }

    /// The demo made a year apart: each shows active licences, a valid label that shows 有效 and a title
    /// valid that day.
    @Test(arguments: ["2026-12-02", "2027-12-02"])
    func theDemoRestsOnAValidTitleInAnyYear(day: String) throws {
        var cli = CommandLineRunner()
        cli.today = day
        let summary = try json(try cli.ok(["demo", "--json"]))
        let licences = try #require(summary["licences"] as? [String: Int])
        #expect(licences["active"] ?? 0 >= 10)
        let examples = try #require(summary["labelExamples"] as? [String: String])
        let valid = try cli.ok(["labels", "show", try #require(examples["valid"])])
        #expect(valid.contains("显示      有效"))
        #expect(try labels(cli).state == "valid")
        let title = try #require(try json(try cli.ok(["region-title", "show", "--json"]))["title"] as? [String: Any])
        #expect(try #require(title["validUntil"] as? String) >= day)
    }
}
