import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// Signing in to the console: the password, the lock-out, disabled accounts and where login leads.
@Suite struct ConsoleLoginTests {
    @Test func correctPasswordOpensASessionWithAStrictCookie() async throws {
        let harness = try await ConsoleHarness()
        try await harness.addAccount("王芳", roles: [.clerk, .reviewer])
        let answer = try await harness.attemptLogin("王芳", password: ConsoleHarness.password)
        #expect(answer.status == 303)
        #expect(answer.location == "/console")
        let cookie = try #require(answer.headers[values: .setCookie].first { $0.hasPrefix("oxlabel_console=") })
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/console"))
        #expect(try #require(answer.cookie(ConsoleCookies.session)).count == 64)
        let home = try await harness.login("王芳").get("/console")
        #expect(home.status == 200)
        #expect(home.text.contains("王芳") && home.text.contains("受理员、审核员"))
        #expect(try harness.auditActions(entity: .account).suffix(2) == ["login", "login"])
    }

    @Test func wrongPasswordAndUnknownNameGetTheSameRefusal() async throws {
        let harness = try await ConsoleHarness()
        try await harness.addAccount("王芳", roles: [.clerk])
        let wrong = try await harness.attemptLogin("王芳", password: "not-the-password")
        let unknown = try await harness.attemptLogin("无此人", password: ConsoleHarness.password)
        for answer in [wrong, unknown] {
            #expect(answer.status == 401)
            #expect(answer.cookie(ConsoleCookies.session) == nil)
            #expect(answer.text.contains("用户名或密码不正确"))
        }
        #expect(try harness.auditActions(entity: .account) == ["account-add", "login-failed"])
        #expect(try harness.registry.read { try $0.account(named: "王芳") }?.failedLogins == 1)
    }

    @Test func fiveFailuresLockTheAccountForFifteenMinutes() async throws {
        let harness = try await ConsoleHarness()
        try await harness.addAccount("李强", roles: [.reviewer])
        for attempt in 1...5 {
            let answer = try await harness.attemptLogin("李强", password: "wrong-\(attempt)")
            #expect(answer.status == (attempt < 5 ? 401 : 403))
        }
        let refused = try await harness.attemptLogin("李强", password: ConsoleHarness.password)
        #expect(refused.status == 403)
        #expect(refused.text.contains("已被锁定"))
        #expect(refused.cookie(ConsoleCookies.session) == nil)
        #expect(try harness.auditActions(entity: .account).contains("lock-out"))
        harness.clock.advance(by: 14 * 60)
        await #expect(throws: ConsoleHarness.LoginRefused.self) { try await harness.login("李强") }
        harness.clock.advance(by: 2 * 60)
        #expect(try await harness.login("李强").get("/console").status == 200)
    }

    @Test func unlockLiftsALockOutAtOnce() async throws {
        let harness = try await ConsoleHarness(policy: ConsolePolicy(maxFailedLogins: 2))
        try await harness.addAccount("赵敏", roles: [.approver])
        for _ in 1...2 { _ = try await harness.attemptLogin("赵敏", password: "wrong-password") }
        await #expect(throws: ConsoleHarness.LoginRefused.self) { try await harness.login("赵敏") }
        try harness.registry.write { try $0.unlockAccount("赵敏", by: try Actor(name: "管理员", role: .admin)) }
        #expect(try await harness.login("赵敏").get("/console").status == 200)
        #expect(try harness.auditActions(entity: .account).contains("account-unlock"))
    }

    @Test func aDisabledAccountCannotSignInAndItsSessionsEnd() async throws {
        let harness = try await ConsoleHarness()
        let client = try await harness.signedIn("孙丽", roles: [.printer])
        try harness.registry.write { try $0.disableAccount("孙丽", by: try Actor(name: "管理员", role: .admin)) }
        #expect(try await client.get("/console").status == 303)
        #expect(try await harness.attemptLogin("孙丽", password: ConsoleHarness.password).status == 401)
    }

    @Test func anUnknownNameIsCheckedAtTheCostOfARealPassword() async throws {
        let harness = try await ConsoleHarness()
        try await harness.addAccount("王芳", roles: [.clerk])
        let account = try #require(try harness.registry.read { try $0.account(named: "王芳") })
        let decoy = LoginRoutes(site: try #require(harness.server.console)).decoy
        let cost = { (hash: String) in hash.split(separator: "$").dropFirst().first.map(String.init) }
        #expect(cost(decoy) == "04")
        #expect(cost(decoy) == cost(account.passwordHash))
    }

    @Test func attemptsSentAtOnceCannotSlipPastALockOut() async throws {
        let harness = try await ConsoleHarness(policy: ConsolePolicy(maxFailedLogins: 1))
        for round in 0..<8 {
            let name = "员工\(round)"
            try await harness.addAccount(name, roles: [.clerk])
            async let wrong = harness.attemptLogin(name, password: "wrong-password")
            async let right = harness.attemptLogin(name, password: ConsoleHarness.password)
            let (refused, answer) = try await (wrong, right)
            #expect([401, 403].contains(refused.status))
            let locked = try #require(try harness.registry.read { try $0.account(named: name) }).lockedUntil != nil
            if answer.status == 303 {
                #expect(answer.cookie(ConsoleCookies.session) != nil)
            } else {
                #expect(answer.status == 403 && answer.text.contains("已被锁定") && locked)
                #expect(answer.cookie(ConsoleCookies.session) == nil)
            }
        }
    }

    @Test func aLoginGivesANewSessionAndEndsTheOneTheBrowserHad() async throws {
        let harness = try await ConsoleHarness()
        try await harness.addAccount("李强", roles: [.reviewer])
        let first = try await harness.signedIn("王芳", roles: [.clerk])
        let form = try await harness.send(.get, "/console/login")
        let answer = try await harness.send(.post, "/console/login",
                                            cookie: "\(ConsoleCookies.login)=\(form.cookie(ConsoleCookies.login) ?? ""); \(first.cookie)",
                                            form: [("_csrf", form.csrf ?? ""), ("name", "李强"), ("password", ConsoleHarness.password)])
        #expect(answer.status == 303)
        let second = try #require(answer.cookie(ConsoleCookies.session))
        #expect(!first.cookie.hasSuffix(second))
        #expect(try await first.get("/console").status == 303)
        let page = try await harness.send(.get, "/console", cookie: "\(ConsoleCookies.session)=\(second)")
        #expect(page.status == 200 && page.text.contains("李强"))
        #expect(page.header("Referrer-Policy") == "no-referrer")
    }

    @Test func loginWithoutItsFormTokenIsRefusedAndCountsNothing() async throws {
        let harness = try await ConsoleHarness()
        try await harness.addAccount("王芳", roles: [.clerk])
        let before = try harness.dump()
        let answer = try await harness.attemptLogin("王芳", password: "wrong-password", token: String(repeating: "0", count: 64))
        #expect(answer.status == 403)
        #expect(answer.text.contains("表单已失效"))
        #expect(try harness.dump() == before)
    }

    @Test(arguments: [
        ("/console/licences?page=2", "/console/licences?page=2"),
        ("https://evil.example/console", "/console"),
        ("//evil.example/console", "/console"),
        ("/console//evil.example", "/console"),
        ("/\\evil.example", "/console"),
        ("/directory", "/console"),
    ])
    func loginGoesOnlyToConsolePaths(next: String, expected: String) async throws {
        let harness = try await ConsoleHarness()
        try await harness.addAccount("王芳", roles: [.clerk])
        let answer = try await harness.attemptLogin("王芳", password: ConsoleHarness.password, next: next)
        #expect(answer.status == 303)
        #expect(answer.location == expected)
    }

    @Test func notSignedInGoesToLoginWithTheRequestedPage() async throws {
        let harness = try await ConsoleHarness()
        let answer = try await harness.send(.get, "/console?town=%E5%BB%B6%E5%BA%86%E9%95%87")
        #expect(answer.status == 303)
        let location = try #require(answer.location)
        #expect(location.hasPrefix("/console/login?next="))
        let next = try #require(URLComponents(string: location)?.queryItems?.first { $0.name == "next" }?.value)
        #expect(next == "/console?town=%E5%BB%B6%E5%BA%86%E9%95%87")
        let post = try await harness.send(.post, "/console/logout", form: [("_csrf", "x")])
        #expect(post.status == 303)
        #expect(post.location?.hasPrefix("/console/login") == true)
    }

    @Test func noConsoleServesThePublicSiteOnly() async throws {
        var configuration = try ServerConfiguration(schemas: StoreFixture.schemas)
        configuration.console = nil
        let harness = try await ConsoleHarness()
        let server = try await RegistryServer(registry: harness.registry, configuration: configuration)
        let (console, directory) = try await server.application().test(.router) { client in
            (try await client.get("/console/login").status, try await client.get("/directory").status)
        }
        #expect(console == 404)
        #expect(directory == 200)
    }
}
