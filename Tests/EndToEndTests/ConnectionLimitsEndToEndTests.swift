import Foundation
import Testing
import TestSupport

/// What only the real binary shows: it raises its open-file limit and says so, refuses bad limit
/// options, closes connections beyond `--max-connections` at once and cuts a request that is still
/// arriving at `--request-deadline`.
@Suite struct ConnectionLimitsEndToEndTests {
    @Test func serveRefusesBadLimitOptions() throws {
        let cli = CommandLineRunner()
        try cli.ok(["init"])
        #expect(try cli.refused(["serve", "--trusted-proxy", "10.0.0.1/8"]).contains("10.0.0.0/8"))
        #expect(try cli.refused(["serve", "--trusted-proxy", "proxy.example"]).contains("--trusted-proxy"))
        #expect(try cli.refused(["serve", "--metrics-from", "::1/200"]).contains("--metrics-from"))
        #expect(try cli.refused(["serve", "--max-connections", "0"]).contains("--max-connections"))
        #expect(try cli.refused(["serve", "--request-deadline", "100000"]).contains("--request-deadline"))
    }

    @Test func theServerRaisesItsFileLimitAndKeepsToItsConnectionLimitAndDeadline() async throws {
        let cli = CommandLineRunner()
        try cli.ok(["init"])
        let log = cli.folder.appendingPathComponent("serve.out")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        let server = try await cli.serve(["--max-connections", "3", "--request-deadline", "1"], output: output)
        defer { if server.process.isRunning { server.process.terminate() } }

        let printed = try String(contentsOf: log, encoding: .utf8)
        let line = try #require(printed.split(separator: "\n").first { $0.hasPrefix("oxlabel: open-file limit ") })
        let figure = try #require(line.dropFirst("oxlabel: open-file limit ".count).split(separator: ",").first.flatMap { UInt64($0) })
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        #expect(figure == limit.rlim_max || (limit.rlim_max == rlim_t.max && figure == 1_048_576))
        #expect(line.contains("at most 3 connections"))

        // Connections are answered up to the limit (the start-up checks' client may still hold some, and
        // may let them go at any moment); the next is closed as soon as it is accepted, and never more
        // than three answer.
        var kept: [RawConnection] = []
        var refused = false
        for _ in 1...6 where !refused {
            let connection = try RawConnection(port: server.port)
            connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            if let answer = await connection.readSome() {
                #expect(answer.hasPrefix("HTTP/1.1 200"))
                kept.append(connection)
            } else {
                refused = true
            }
        }
        #expect(refused && (1...3).contains(kept.count))

        // A request that trickles in loses its connection at the deadline, with no answer, and its place
        // is free again.
        // (a head that never ends: the idle timeout, 30 s after the last answer, would not cut it within the read's 20 s).
        kept[0].send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: a")
        #expect(await kept[0].readToEnd() == "")
        var answered = false
        for _ in 1...50 where !answered {
            let next = try RawConnection(port: server.port)
            next.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            answered = await next.status() == 200
            if !answered { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(answered)
        withExtendedLifetime(kept) {}
        try await server.stop(with: SIGTERM)
        #expect(server.process.terminationStatus == 0)
    }
}
