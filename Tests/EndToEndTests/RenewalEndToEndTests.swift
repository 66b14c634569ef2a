import Foundation
import Testing

/// 续展 on the command line: `application renew` inside the window, the admission workflow with two
/// people, the licence's terms in `licence show`, and labels of the ended term shown 已过期.
@Suite(.serialized) struct RenewalEndToEndTests {
    @Test func aRenewalApplicationAddsATermAndOldLabelsExpireWithTheirTerm() throws {
        var cli = CommandLineRunner()
        let (licence, _, codes) = try cli.printedBatch(count: 21, format: "a4-3x7", file: "B001.pdf")
        #expect(try cli.run(["licence", "renew", licence, "--reason", "年度核查合格"], actor: "赵敏", role: "approver").status != 0)

        try cli.ok(["region-title", "set", "--standing", "valid", "--valid-until", "2029-12-31", "--reason", "通过复查"], actor: "孙磊", role: "admin")
        cli.today = "2027-05-11"
        let early = try cli.refused(["application", "renew", "--licence", licence,
                                     "--evidence", "kind=foodSafetyTest,ref=JC-2027-0031,value=合格,until=2028-06-30"], actor: "王芳", role: "clerk")
        #expect(early.contains("2027-05-12 至 2027-11-08") && early.contains("尚未到续展申请期"))

        cli.today = "2027-07-01"
        #expect(try cli.refused(["application", "renew", "--licence", licence], actor: "赵敏", role: "approver").contains("无权"))
        let applied = try cli.ok(["application", "renew", "--licence", licence, "--json",
                                  "--evidence", "kind=greenFood,ref=GF110229260001,until=2028-12-31",
                                  "--evidence", "kind=foodSafetyTest,ref=JC-2027-0031,value=合格,until=2028-06-30"], actor: "王芳", role: "clerk")
        let number = try CommandLineRunner.field("number", in: applied)
        #expect(try cli.ok(["application", "show", number]).contains("2027-08-11 至 2028-08-10（2027 年度）"))
        try cli.ok(["accept", number], actor: "王芳", role: "clerk")
        try cli.ok(["review", number, "--findings", "续展材料齐全"], actor: "李强", role: "reviewer")
        #expect(try cli.refused(["approve", number], actor: "李强", role: "approver").contains("审核与审批分离"))
        #expect(try cli.ok(["approve", number], actor: "赵敏", role: "approver").contains("公示至"))
        cli.today = "2027-07-20"
        #expect(try cli.ok(["publicity", "close", number], actor: "赵敏", role: "approver").contains("licence renewed: \(licence)"))
        let shown = try cli.ok(["licence", "show", licence])
        #expect(shown.contains("第 1 期 2026-08-11 至 2027-08-10（2026 年度）"))
        #expect(shown.contains("第 2 期 2027-08-11 至 2028-08-10（2027 年度）"))
        #expect(shown.contains("续展许可"))
        #expect(try cli.refused(["application", "renew", "--licence", licence], actor: "王芳", role: "clerk").contains("2028-05-12 至 2028-11-08"))

        cli.today = "2027-08-11"
        #expect(try cli.ok(["labels", "show", codes[0]]).contains("已过期"))
        #expect(try cli.ok(["licence", "show", licence]).contains("标签显示「有效」"))
        try cli.ok(["audit", "verify"])

        cli.today = "2028-11-09"
        #expect(try cli.refused(["application", "renew", "--licence", licence], actor: "王芳", role: "clerk").contains("请重新申请准入"))
    }
}
