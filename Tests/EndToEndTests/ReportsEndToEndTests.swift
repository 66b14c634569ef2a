import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import RegistryCore
import Testing

/// Copy reports from the public verification page, listed and handled by the bureau on the command line.
@Suite struct ReportsEndToEndTests {
    /// A report as `labels reports --json` prints it.
    struct Report: Decodable {
        struct Handling: Decodable {
            let by: String
            let note: String
        }
        let id: Int
        let code: String
        let text: String
        let client: String
        let licence: String?
        let batch: String?
        let handling: Handling?
    }

    /// Sends the report form of a label's page.
    private func report(_ code: String, text: String, trap: String = "", on server: CommandLineRunner.Server) async throws -> Int {
        var request = URLRequest(url: server.url("/V/\(code)/report"))
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue("Mozilla/5.0 (iPhone) MicroMessenger/8.0", forHTTPHeaderField: "User-Agent")
        let allowed = CharacterSet.alphanumerics
        request.httpBody = Data("text=\(text.addingPercentEncoding(withAllowedCharacters: allowed)!)&website=\(trap)".utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    private func listed(_ cli: CommandLineRunner, _ arguments: [String] = []) throws -> [Report] {
        try JSONDecoder().decode([Report].self, from: Data(try cli.ok(["labels", "reports", "--json"] + arguments).utf8))
    }

    @Test func reportsSentFromThePageAreListedFilteredAndHandledOnce() async throws {
        var cli = CommandLineRunner()
        let (licence, batch, codes) = try cli.printedBatch(count: 2, format: "svg", file: "svg")
        let server = try await cli.serve()
        defer { if server.process.isRunning { server.process.terminate() } }
        #expect(try await report(codes[0], text: "超市里的苹果贴着同一个码", on: server) == 200)
        #expect(try await report(codes[1], text: "<b>包装不同</b>", on: server) == 200)
        #expect(try await report(codes[1], text: "robot", trap: "http://spam", on: server) == 200)
        try await server.stop(with: SIGTERM)

        let reports = try listed(cli)
        #expect(reports.map(\.text) == ["超市里的苹果贴着同一个码", "<b>包装不同</b>"])
        #expect(reports.allSatisfy { $0.licence == licence && $0.batch == batch && $0.handling == nil })
        #expect(reports.map(\.client) == ["127.0.0.0/16 WeChat", "127.0.0.0/16 WeChat"])
        let table = try cli.ok(["labels", "reports"])
        #expect(table.contains("超市里的苹果贴着同一个码"))
        #expect(table.contains("未处理 open"))
        #expect(table.contains(try LabelCode(parsing: codes[0]).grouped(separator: "-")))
        #expect(try listed(cli, ["--since", "2026-09-01", "--licence", licence]).count == 2)
        #expect(try listed(cli, ["--since", "2026-09-02"]).isEmpty)
        #expect(try cli.ok(["labels", "reports", "--since", "2026-09-02"]).contains("（无记录 none）"))

        let first = try #require(reports.first?.id)
        let before = try cli.dump()
        #expect(try cli.refused(["labels", "reports", "--since", "9/1"]).contains("--since"))
        #expect(try cli.refused(["labels", "reports", "--licence", "YQYB-P-2099-9999"]).contains("YQYB-P-2099-9999"))
        #expect(try cli.refused(["labels", "handle-report", "\(first)", "--note", "已核实"], actor: "孙丽", role: "printer").contains("处理复制举报"))
        #expect(try cli.refused(["labels", "handle-report", "\(first)", "--note", "  "], actor: "王芳", role: "clerk").contains("处理说明"))
        #expect(try cli.refused(["labels", "handle-report", "999", "--note", "已核实"], actor: "王芳", role: "clerk").contains("999"))
        #expect(try cli.dump() == before)

        let handled = try cli.ok(["labels", "handle-report", "\(first)", "--note", "已核实，超市已下架", "--json"], actor: "王芳", role: "clerk")
        #expect(try CommandLineRunner.field("id", in: handled) == "\(first)")
        #expect(try cli.refused(["labels", "handle-report", "\(first)", "--note", "再次处理"], actor: "赵敏", role: "approver").contains("已处理"))
        let after = try listed(cli)
        #expect(after.first?.handling?.by == "王芳")
        #expect(after.first?.handling?.note == "已核实，超市已下架")
        #expect(try listed(cli, ["--open"]).map(\.id) == [after[1].id])
        #expect(try cli.ok(["audit", "list", "--entity", "label-report"]).contains("已核实，超市已下架"))
        #expect(try cli.ok(["audit", "verify"]).contains("intact"))
    }
}
