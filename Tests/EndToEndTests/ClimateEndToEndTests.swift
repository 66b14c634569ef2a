import ClimateQuality
import Foundation
import Testing

@Suite struct ClimateEndToEndTests {
    static let officer = (actor: "孙卫东", role: "meteorologist")

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// 2026 hourly observations of the orchard station until 1 November, as an import file.
    func observationFile(_ cli: CommandLineRunner) throws -> String {
        let site = DemoNetwork.sites.first { $0.station.id == "YQ002" }!
        let rows = DemoObservationGenerator(sites: [site]).hourlyObservations(years: 2026...2026).filter { $0.time.date.month < 11 }
        let path = cli.folder.appendingPathComponent("YQ002-2026.csv").path
        try ObservationCSVWriter.hourlyCSV(rows).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func stationImportAssessCertifyAndReport() throws {
        var cli = CommandLineRunner()
        cli.today = "2026-11-25"
        try cli.ok(["init"])
        let add = ["station", "add", "--id", "YQ002", "--name", "张山营果园站", "--town", "张山营镇", "--lat", "40.483", "--lon", "115.862",
                   "--elevation", "530", "--kind", "weather"]
        #expect(try cli.refused(add, actor: "王芳", role: "clerk").contains("无权"))
        try cli.ok(add, actor: Self.officer.actor, role: Self.officer.role)
        #expect(try cli.ok(["station", "list"]).contains("张山营果园站"))

        let bad = cli.folder.appendingPathComponent("bad.csv")
        try Data("station_id,time,temperature\nYQ002,2026-06-01T00:00,18\nYQ002,2026-06-01T01:00,250\n".utf8).write(to: bad)
        let before = try cli.dump()
        let refused = try cli.run(["observations", "import", bad.path, "--kind", "hourly"], actor: Self.officer.actor, role: Self.officer.role)
        #expect(refused.status == 1 && refused.error.contains("未导入"))
        #expect(refused.output.contains("3") && refused.output.contains("temperature") && refused.output.contains("250"))
        #expect(try cli.dump() == before)

        let file = try observationFile(cli)
        #expect(try cli.ok(["observations", "import", file, "--kind", "hourly"], actor: Self.officer.actor, role: Self.officer.role).contains("已导入"))
        #expect(try cli.ok(["observations", "import", file, "--kind", "hourly"], actor: Self.officer.actor, role: Self.officer.role)
                    .contains("nothing changed"))
        #expect(try cli.ok(["station", "show", "YQ002"]).contains("2026-10-31T23:00"))

        let uscc = "93110119MA01ABCD16"
        try cli.ok(["operator", "add", "--uscc", uscc, "--name", "延庆区前黑龙庙葡萄种植专业合作社", "--kind", "cooperative",
                    "--town", "张山营镇", "--address", "前黑龙庙村 8 号"], actor: "王芳", role: "clerk")
        try cli.ok(["subject", "add", "--operator", uscc, "--kind", "product", "--name", "巨峰葡萄", "--town", "张山营镇", "--crop", "葡萄",
                    "--plot", "东坡地块", "--lat", "40.479", "--lon", "115.858", "--elevation", "525", "--area-mu", "100",
                    "--season", "2026", "--expected-kg", "150000", "--pack-kg", "5"], actor: "王芳", role: "clerk")
        let table = try cli.ok(["climate", "assess", "--subject", "1"], actor: "李强", role: "reviewer")
        #expect(table.contains("张山营果园站 (YQ002)") && table.contains("转色-成熟期") && table.contains("综合指数 IQ"))
        #expect(try cli.refused(["climate", "certify", "--subject", "1"], actor: "李强", role: "reviewer").contains("无权"))
        let certificate = try json(try cli.ok(["climate", "certify", "--subject", "1", "--json"],
                                              actor: Self.officer.actor, role: Self.officer.role))
        let number = try #require(certificate["number"] as? String)
        #expect(number == "YQQP-2026-PT-0001")
        #expect(try cli.ok(["climate", "show", number]).contains("签发气候品质认证证书"))

        let pdf = cli.folder.appendingPathComponent("report.pdf").path
        let html = cli.folder.appendingPathComponent("report.html").path
        try cli.ok(["climate", "report", number, "--pdf", pdf, "--html", html])
        let fonts = try CommandLineRunner.tool("/usr/bin/pdffonts", [pdf])
        #expect(fonts.contains("NotoSansCJK") && fonts.contains(" yes yes "), "\(fonts)")
        let text = try CommandLineRunner.tool("/usr/bin/pdftotext", [pdf, "-"])
        #expect(text.contains(number) && text.contains("农产品气候品质认证报告") && text.contains("延庆区气象局"))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains(number) && page.contains("<svg") && !page.contains("<script"))

        #expect(try cli.ok(["env", "report", "--year", "2026"]).contains("气候舒适月数"))
        #expect(try cli.ok(["audit", "verify"]).contains("intact"))
    }

    /// A product licence granted on a certificate: revoking the certificate (with a category) suspends
    /// the licence's labels and its report says so; the approver reinstates the licence on a new one.
    @Test func revokingACertificateSuspendsTheLicenceUntilTheApproverReinstatesIt() throws {
        var cli = CommandLineRunner()
        cli.today = "2026-11-25"
        try cli.ok(["init"])
        try cli.ok(["station", "add", "--id", "YQ002", "--name", "张山营果园站", "--town", "张山营镇", "--lat", "40.483", "--lon", "115.862",
                    "--elevation", "530", "--kind", "weather"], actor: Self.officer.actor, role: Self.officer.role)
        try cli.ok(["observations", "import", try observationFile(cli), "--kind", "hourly"], actor: Self.officer.actor, role: Self.officer.role)
        let uscc = "93110119MA01ABCD16"
        try cli.ok(["operator", "add", "--uscc", uscc, "--name", "延庆区前黑龙庙葡萄种植专业合作社", "--kind", "cooperative",
                    "--town", "张山营镇", "--address", "前黑龙庙村 8 号"], actor: "王芳", role: "clerk")
        try cli.ok(["subject", "add", "--operator", uscc, "--kind", "product", "--name", "巨峰葡萄", "--town", "张山营镇", "--crop", "葡萄",
                    "--plot", "东坡地块", "--lat", "40.479", "--lon", "115.858", "--elevation", "525", "--area-mu", "100",
                    "--season", "2026", "--expected-kg", "150000", "--pack-kg", "5"], actor: "王芳", role: "clerk")
        let certificate = try CommandLineRunner.field("number", in: try cli.ok(["climate", "certify", "--subject", "1", "--json"],
                                                                               actor: Self.officer.actor, role: Self.officer.role))
        let application = try CommandLineRunner.field("number", in: try cli.ok(
            ["apply", "--subject", "1", "--json", "--evidence", "kind=foodSafetyTest,ref=JC-2026-0001,value=合格,until=2027-06-30"],
            actor: "王芳", role: "clerk"))
        try cli.ok(["accept", application], actor: "王芳", role: "clerk")
        try cli.ok(["review", application, "--findings", "材料齐全"], actor: "李强", role: "reviewer")
        try cli.ok(["approve", application], actor: "赵敏", role: "approver")
        cli.today = "2026-12-03"
        let licence = try CommandLineRunner.field("number", in: try cli.ok(["publicity", "close", application, "--json"], actor: "赵敏", role: "approver"))
        #expect(try cli.ok(["licence", "show", licence]).contains("气候依据  气候品质认证证书 \(certificate)"))

        let unknown = try cli.run(["climate", "revoke", certificate, "--category", "fraud", "--reason", "x"], actor: "赵敏", role: "approver")
        #expect(unknown.status == 64 && unknown.error.contains("falseDeclaration"))
        let revoked = try cli.ok(["climate", "revoke", certificate, "--category", "falseDeclaration", "--reason", "申报地块与实际不符"],
                                 actor: "赵敏", role: "approver")
        #expect(revoked.contains("待复核") && revoked.contains(licence))
        let shown = try cli.ok(["licence", "show", licence])
        #expect(shown.contains("标签显示「已暂停」：所依据的气候品质认证证书 \(certificate) 已撤销（申报信息与实际不符），待复核"))
        let html = cli.folder.appendingPathComponent("revoked.html").path
        try cli.ok(["climate", "report", certificate, "--html", html])
        let report = try String(contentsOfFile: html, encoding: .utf8)
        #expect(report.contains("<b>已撤销</b>2026-12-03 撤销<br>原因类别：申报信息与实际不符") && report.contains("以网上状态为准"))
        #expect(report.contains("https://yq.oxbar.cn/certificate/\(certificate)") && !report.contains("class=\"grade"))

        let replacement = try CommandLineRunner.field("number", in: try cli.ok(["climate", "certify", "--subject", "1", "--json"],
                                                                               actor: Self.officer.actor, role: Self.officer.role))
        #expect(try cli.refused(["licence", "reinstate", licence, "--certificate", replacement, "--reason", "重新评估"], actor: "王芳", role: "clerk")
                    .contains("无权"))
        try cli.ok(["licence", "reinstate", licence, "--certificate", replacement, "--reason", "重新评估"], actor: "赵敏", role: "approver")
        #expect(try cli.ok(["licence", "show", licence]).contains("标签显示「有效」"))
        #expect(try cli.ok(["audit", "verify"]).contains("intact"))
    }
}
