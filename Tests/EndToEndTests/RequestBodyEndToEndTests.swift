import Foundation
import RegistryCore
import Testing
import TestSupport

/// The report form's body as the real binary reads it (on its own event loops, as in production): a
/// body cut short or a malformed chunked body is 400, one too large is 413, and a whole one is read.
@Suite struct RequestBodyEndToEndTests {
    @Test func aBodyCutShortOrMalformedIs400AndOneTooLarge413() async throws {
        let cli = CommandLineRunner()
        try cli.ok(["init"])
        let server = try await cli.serve()
        defer { if server.process.isRunning { server.process.terminate() } }
        // The body is read before the code is looked up: a code no label has shows what the body did.
        let head = "POST /V/\(LabelCode.random().text)/report HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        let short = try RawConnection(port: server.port)
        short.send(head + "Content-Length: 100\r\n\r\ntext=abc")
        short.finishSending()
        #expect(await short.status() == 400)
        let chunked = try RawConnection(port: server.port)
        chunked.send(head + "Transfer-Encoding: chunked\r\n\r\n5\r\ntext=\r\nzz\r\nabc\r\n0\r\n\r\n")
        chunked.finishSending()
        #expect(await chunked.status() == 400)
        let large = try RawConnection(port: server.port)
        large.send(head + "Transfer-Encoding: chunked\r\n\r\n" + "1000\r\n" + String(repeating: "x", count: 4096) + "\r\n" +
                   "1000\r\n" + String(repeating: "x", count: 4096) + "\r\n0\r\n\r\n")
        large.finishSending()
        #expect(await large.status() == 413)
        let whole = try RawConnection(port: server.port)
        whole.send(head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n9\r\ntext=copy\r\n0\r\n\r\n")
        #expect(await whole.status() == 404)
        try await server.stop(with: SIGTERM)
        #expect(server.process.terminationStatus == 0)
    }
}
