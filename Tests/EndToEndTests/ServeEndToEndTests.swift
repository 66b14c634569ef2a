import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite struct ServeEndToEndTests {
    @Test func serveAnswersAndStopsCleanlyOnSIGTERM() async throws {
        let cli = CommandLineRunner()
        try cli.ok(["init"])
        #expect(try cli.refused(["serve", "--port", "70000"]).contains("--port"))
        let port = Int.random(in: 30_000...39_999)
        let server = try cli.start(["serve", "--port", String(port)])
        defer { if server.isRunning { server.terminate() } }
        let health = URL(string: "http://127.0.0.1:\(port)/healthz")!
        var answer: (Data, URLResponse)?
        for _ in 0..<100 where answer == nil {
            answer = try? await URLSession.shared.data(from: health)
            if answer == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        let (body, response) = try #require(answer)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self) == #"{"status":"ok"}"#)
        server.terminate()
        server.waitUntilExit()
        #expect(server.terminationReason == .exit)
        #expect(server.terminationStatus == 0)
    }
}
