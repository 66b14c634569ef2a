import Foundation
import HTTPTypes
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import RegistryCore
import Testing
import TestSupport
@testable import RegistryServer

/// A found label's page is answered on the event loop (`LabelPageFastPath`) with the bytes the
/// router's way would send; everything else, and anything while the router owes an answer, goes on
/// to the router.
@Suite struct LabelPageFastPathTests {
    private func channel(_ harness: ServerHarness) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(LabelPageFastPath(answers: harness.server.foundLabelAnswers, logger: .init(label: "test")))
        return channel
    }

    private func get(_ path: String, headers: HTTPFields = [:]) -> HTTPRequest {
        HTTPRequest(method: .get, scheme: nil, authority: "localhost", path: path, headerFields: headers)
    }

    @Test func aFoundLabelIsAnsweredOnTheEventLoopAndNothingReachesTheRouter() async throws {
        let harness = try await ServerHarness()
        let code = try #require(harness.fixture.labels["valid"]).text
        let channel = try channel(harness)
        try channel.writeInbound(HTTPRequestPart.head(get("/v/\(code)?lang=en")))
        try channel.writeInbound(HTTPRequestPart.end(nil))
        #expect(try channel.readInbound(as: HTTPRequestPart.self) == nil)
        guard case .head(let head) = try #require(try channel.readOutbound(as: HTTPResponsePart.self)) else { Issue.record("no head"); return }
        #expect(head.status == .ok)
        #expect(head.headerFields[.contentType] == "text/html; charset=utf-8")
        #expect(head.headerFields[.contentSecurityPolicy] != nil && head.headerFields[.server] == "oxlabel" && head.headerFields[.date] != nil)
        guard case .body(let body) = try #require(try channel.readOutbound(as: HTTPResponsePart.self)) else { Issue.record("no body"); return }
        #expect(head.headerFields[.contentLength] == String(body.readableBytes))
        #expect(String(buffer: body).contains(code.prefix(4)))
        #expect(try channel.readOutbound(as: HTTPResponsePart.self) == .end(nil))
        #expect(harness.server.scans.depth == 1)
    }

    @Test(arguments: ["/v/0000000000000000", "/v/AAAA", "/V/", "/v/a/b", "/licence/YQYB-P-2026-0001", "/v/X?lang=fr"])
    func anythingButAFoundLabelGoesOnToTheRouterUnchanged(path: String) async throws {
        let harness = try await ServerHarness()
        let channel = try channel(harness)
        let head = get(path)
        try channel.writeInbound(HTTPRequestPart.head(head))
        try channel.writeInbound(HTTPRequestPart.end(nil))
        #expect(try channel.readInbound(as: HTTPRequestPart.self) == .head(head))
        #expect(try channel.readInbound(as: HTTPRequestPart.self) == .end(nil))
        #expect(try channel.readOutbound(as: HTTPResponsePart.self) == nil)
        #expect(harness.server.scans.depth == 0)
    }

    @Test func whileTheRouterOwesAnAnswerALabelRequestWaitsItsTurnThere() async throws {
        let harness = try await ServerHarness()
        let code = try #require(harness.fixture.labels["valid"]).text
        let channel = try channel(harness)
        try channel.writeInbound(HTTPRequestPart.head(get("/healthz")))
        try channel.writeInbound(HTTPRequestPart.end(nil))
        try channel.writeInbound(HTTPRequestPart.head(get("/v/\(code)")))
        try channel.writeInbound(HTTPRequestPart.end(nil))
        #expect(try channel.readOutbound(as: HTTPResponsePart.self) == nil)
        for _ in 1...4 { #expect(try channel.readInbound(as: HTTPRequestPart.self) != nil) }
        // The router answers both; then the connection's next label request is answered on the loop.
        for _ in 1...2 {
            try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok)))
            try channel.writeOutbound(HTTPResponsePart.end(nil))
        }
        while try channel.readOutbound(as: HTTPResponsePart.self) != nil {}
        try channel.writeInbound(HTTPRequestPart.head(get("/v/\(code)")))
        try channel.writeInbound(HTTPRequestPart.end(nil))
        #expect(try channel.readInbound(as: HTTPRequestPart.self) == nil)
        guard case .head(let head) = try #require(try channel.readOutbound(as: HTTPResponsePart.self)) else { Issue.record("no head"); return }
        #expect(head.status == .ok)
    }

    @Test func overTheSocketTheLoopsAnswerIsTheRoutersByteForByte() async throws {
        let harness = try await ServerHarness(testing: .live)
        let code = try #require(harness.fixture.labels["valid"]).text
        let (routed, direct, closed) = try await harness.run { client async throws in
            let port = try #require(client.port)
            // Pipelined behind /healthz, the label request is the router's; alone, the loop's.
            let pipelined = try RawConnection(port: port)
            pipelined.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\nGET /v/\(code) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            let both = await pipelined.readToEnd() ?? ""
            let alone = try RawConnection(port: port)
            alone.send("GET /v/\(code) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            return (both, await alone.readToEnd() ?? "", alone)
        }
        withExtendedLifetime(closed) {}
        let answers = routed.components(separatedBy: "HTTP/1.1 ")
        #expect(answers.count == 3)
        #expect(answers.dropFirst().first?.hasPrefix("200") == true)
        func withoutDate(_ answer: String) -> String {
            answer.split(separator: "\r\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("Date: ") }.joined(separator: "\r\n")
        }
        // readToEnd returned: the loop's answer to `Connection: close` closed the connection.
        #expect(direct.hasPrefix("HTTP/1.1 200"))
        #expect(withoutDate("HTTP/1.1 " + (answers.last ?? "")) == withoutDate(direct))
    }

    @Test func onlyALabelPagesPathHasARoute() {
        #expect(FoundLabelAnswers.route(of: "/v/ABC?lang=en").map { "\($0.route) \($0.code)" } == "/v/{code} ABC")
        #expect(FoundLabelAnswers.route(of: "/V/ABC").map { "\($0.route) \($0.code)" } == "/V/{code} ABC")
        for path in ["/v/", "/v/?x", "/v/a/b", "/w/ABC", "/v", "", "/", "//ABC", "/vv/ABC", "/v/ABC/report"] {
            #expect(FoundLabelAnswers.route(of: path) == nil, "\(path)")
        }
    }

    @Test func theDateFieldIsAnIMFFixdate() {
        #expect(HTTPDateField.text(0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDateField.text(1_796_204_189) == "Wed, 02 Dec 2026 09:36:29 GMT")
        let field = HTTPDateField(clock: { Date(timeIntervalSince1970: 1_796_204_189.75) })
        #expect(field.value == "Wed, 02 Dec 2026 09:36:29 GMT")
    }
}
