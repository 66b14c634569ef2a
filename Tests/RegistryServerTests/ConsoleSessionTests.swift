import Foundation
import RegistryCore
import RegistryStore
import Testing
@testable import RegistryServer

/// Console sessions: idle and absolute expiry on the registry's clock, and logout.
@Suite struct ConsoleSessionTests {
    @Test func aSessionIdleForThirtyMinutesEnds() async throws {
        let harness = try await ConsoleHarness()
        let client = try await harness.signedIn("王芳", roles: [.clerk])
        harness.clock.advance(by: 29 * 60)
        #expect(try await client.get("/console").status == 200)
        harness.clock.advance(by: 29 * 60)
        #expect(try await client.get("/console").status == 200)
        harness.clock.advance(by: 31 * 60)
        let expired = try await client.get("/console")
        #expect(expired.status == 303)
        #expect(expired.location?.hasPrefix("/console/login") == true)
        harness.clock.advance(by: 60)
        #expect(try await client.get("/console").status == 303)
    }

    @Test func aRequestWithinAMinuteOfTheRecordedLastSeenWritesNothing() async throws {
        let harness = try await ConsoleHarness()
        let client = try await harness.signedIn("王芳", roles: [.clerk])
        func lastSeen() throws -> Date? {
            guard case .live(let session, _) = try harness.registry.read({ try $0.lookUpSession(id: Self.sessionID(client), policy: ConsolePolicy()) }) else {
                return nil
            }
            return session.lastSeenAt
        }
        let recorded = try #require(try lastSeen())
        let before = try harness.fixture.dump()
        let head = try harness.registry.read { try $0.auditHead() }
        harness.clock.advance(by: 30)
        #expect(try await client.get("/console").status == 200)
        harness.clock.advance(by: 30)
        #expect(try await client.get("/console/operators").status == 200)
        #expect(try harness.fixture.dump() == before, "a request within a minute wrote to the registry")
        #expect(try harness.registry.read { try $0.auditHead() } == head)
        harness.clock.advance(by: 1)
        #expect(try await client.get("/console").status == 200)
        #expect(try lastSeen() == harness.clock.now && harness.clock.now.timeIntervalSince(recorded) == 61)
    }

    @Test func theIdleLimitCountsFromTheRecordedLastSeen() async throws {
        let harness = try await ConsoleHarness()
        let client = try await harness.signedIn("王芳", roles: [.clerk])
        // Seen 50 s after the recorded time: nothing is written, so the idle limit still counts from it.
        harness.clock.advance(by: 50)
        #expect(try await client.get("/console").status == 200)
        harness.clock.advance(by: 30 * 60 - 49)
        #expect(try await client.get("/console").status == 303)
    }

    /// The id of a client's session, from its cookie.
    static func sessionID(_ client: ConsoleClient) -> String {
        String(client.cookie.split(separator: "=", maxSplits: 1)[1])
    }

    @Test func aLoginClearsAwaySessionsThatExpiredUnused() async throws {
        let harness = try await ConsoleHarness()
        _ = try await harness.signedIn("王芳", roles: [.clerk])
        _ = try await harness.signedIn("李强", roles: [.reviewer])
        harness.clock.advance(by: 31 * 60)
        _ = try await harness.login("王芳")
        let sessions = try harness.fixture.dump().split(separator: "\n").filter { $0.contains("last_seen_ms") }
        #expect(sessions.count == 1)
    }

    @Test func aBusySessionEndsTwelveHoursAfterLogin() async throws {
        let harness = try await ConsoleHarness()
        let client = try await harness.signedIn("王芳", roles: [.clerk])
        for _ in 0..<35 {
            harness.clock.advance(by: 20 * 60)
            #expect(try await client.get("/console").status == 200)
        }
        harness.clock.advance(by: 21 * 60)
        #expect(try await client.get("/console").status == 303)
    }

    @Test func logoutEndsTheSessionAndIsAudited() async throws {
        let harness = try await ConsoleHarness()
        let client = try await harness.signedIn("王芳", roles: [.clerk])
        let answer = try await client.post("/console/logout")
        #expect(answer.status == 303)
        #expect(answer.location == "/console/login?out=1")
        #expect(answer.headers[values: .setCookie].contains { $0.hasPrefix("oxlabel_console=;") && $0.contains("Max-Age=0") })
        #expect(try await client.get("/console").status == 303)
        #expect(try harness.auditActions(entity: .account).last == "logout")
        #expect(try await harness.send(.get, "/console/login?out=1").text.contains("您已退出登录"))
    }

    @Test func logoutWithoutTheRightTokenIsRefusedAndTheSessionLives() async throws {
        let harness = try await ConsoleHarness()
        let client = try await harness.signedIn("王芳", roles: [.clerk])
        for token in [ConsoleClient.Token.missing, .other(String(repeating: "a", count: 64))] {
            let answer = try await client.post("/console/logout", token: token)
            #expect(answer.status == 403)
            #expect(answer.text.contains("表单已失效"))
        }
        #expect(try await client.get("/console").status == 200)
        #expect(try harness.auditActions(entity: .account).last == "login")
    }

    @Test func aForgedCookieIsNotASession() async throws {
        let harness = try await ConsoleHarness()
        _ = try await harness.signedIn("王芳", roles: [.clerk])
        let forged = try await harness.send(.get, "/console", cookie: "oxlabel_console=\(String(repeating: "f", count: 64))")
        #expect(forged.status == 303)
    }

    @Test func pagesAreNotCachedNorIndexed() async throws {
        let harness = try await ConsoleHarness()
        let page = try await harness.signedIn("王芳", roles: [.clerk]).get("/console")
        #expect(page.header("Cache-Control") == "no-store")
        #expect(page.header("X-Robots-Tag") == "noindex, nofollow")
        #expect(page.header("Content-Security-Policy")?.contains("default-src 'none'") == true)
        #expect(!page.text.contains("<script"))
    }
}
