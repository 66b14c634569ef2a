import Foundation
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

/// Password guessing stays slow and names cannot be told apart: logins are throttled per client and
/// overall, bcrypt has its own pool, and an unknown name is locked out like a real one.
@Suite struct LoginThrottleTests {
    @Test func loginsAreThrottledPerClientWithAChineseMessage() async throws {
        let harness = try await ConsoleHarness(configure: {
            $0.loginsPerClient = RateLimiter.Policy(capacity: 3, refillPerSecond: 0)
        })
        try await harness.addAccount("王芳", roles: [.clerk])
        for _ in 1...3 { #expect(try await harness.attemptLogin("王芳", password: "wrong-password").status == 401) }
        let throttled = try await harness.attemptLogin("王芳", password: ConsoleHarness.password)
        #expect(throttled.status == 429)
        #expect(throttled.text.contains("登录尝试过于频繁"))
        #expect(throttled.header("Retry-After") != nil)
        #expect(throttled.cookie(ConsoleCookies.session) == nil)
        // The throttled attempt was not counted against the account.
        #expect(try harness.registry.read { try $0.account(named: "王芳") }?.failedLogins == 3)
    }

    @Test func loginsAreThrottledOverall() async throws {
        let harness = try await ConsoleHarness(configure: {
            $0.loginsOverall = RateLimiter.Policy(capacity: 2, refillPerSecond: 0, maxClients: 1)
        })
        for name in ["甲", "乙"] { #expect(try await harness.attemptLogin(name, password: "wrong-password").status == 401) }
        #expect(try await harness.attemptLogin("丙", password: "wrong-password").status == 429)
    }

    @Test func aFullPasswordPoolAnswers503() async throws {
        let harness = try await ConsoleHarness(configure: {
            $0.passwordPool = WorkPool.Settings(width: 1, queue: 0, retryAfterSeconds: 3)
        })
        let held = await RenderingTests.HeldPool(try #require(harness.server.console).logins.passwords)
        let busy = try await harness.attemptLogin("王芳", password: "wrong-password")
        #expect(busy.status == 503 && busy.header("Retry-After") == "3" && busy.text.contains("系统正忙"))
        await held.release()
        #expect(try await harness.attemptLogin("王芳", password: "wrong-password").status == 401)
    }

    @Test func anUnknownNameIsLockedOutWithTheSameMessageAsARealOne() async throws {
        let harness = try await ConsoleHarness()
        try await harness.addAccount("李强", roles: [.reviewer])
        try await harness.addAccount("停用者", roles: [.clerk])
        try harness.registry.write { try $0.disableAccount("停用者", by: try Actor(name: "管理员", role: .admin)) }
        var pages: [String: Answer] = [:]
        for name in ["李强", "不存在的人", "停用者"] {
            for attempt in 1...5 {
                let answer = try await harness.attemptLogin(name, password: "wrong-\(attempt)")
                #expect(answer.status == (attempt < 5 ? 401 : 403), "\(name) \(attempt)")
            }
            pages[name] = try await harness.attemptLogin(name, password: "wrong-6")
        }
        let real = try #require(pages["李强"])
        #expect(real.status == 403 && real.text.contains("已被锁定"))
        for name in ["不存在的人", "停用者"] {
            let page = try #require(pages[name])
            #expect(page.status == real.status)
            #expect(Self.message(page.text) == Self.message(real.text), "\(name)")
        }
        // The lock-out of an unknown name ends as a real one does.
        harness.clock.advance(by: 16 * 60)
        #expect(try await harness.attemptLogin("不存在的人", password: "wrong-7").status == 401)
    }

    /// The error paragraph of the login page.
    static func message(_ page: String) -> String? {
        guard let start = page.range(of: "已被锁定") else { return nil }
        let line = page[..<start.lowerBound].lastIndex(of: ">").map { page.index(after: $0) } ?? start.lowerBound
        return String(page[line...].prefix { $0 != "<" })
    }
}
