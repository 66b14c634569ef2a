import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LabelPrint
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

/// The staff console over a fresh registry with a clock the test moves, tested in process: creates
/// accounts, signs them in (keeping the session cookie and the CSRF token) and posts forms.
struct ConsoleHarness: Sendable {
    let fixture: StoreFixture
    let clock: TestClock
    let registry: Registry
    let server: RegistryServer
    /// The console's sections as the test registers them (all of the console's, by default).
    let sections: @Sendable (ConsoleRoutes) -> Void
    /// The password `addAccount` gives unless told otherwise.
    static let password = "延庆-correct-horse"

    /// A console over `store`'s registry (a fresh one unless given), with the clock on `day`. The login
    /// throttle allows as many attempts as any test makes, unless `configure` says otherwise.
    init(day: String = "2026-08-03", store: StoreFixture = StoreFixture(), policy: ConsolePolicy = ConsolePolicy(),
         sections: @escaping @Sendable (ConsoleRoutes) -> Void = { $0.registerSections() },
         configure: (inout ServerConfiguration) -> Void = { _ in }) async throws {
        self.sections = sections
        fixture = store
        clock = TestClock(day: day)
        registry = try fixture.open(clock: clock)
        var configuration = try ServerConfiguration(schemas: StoreFixture.schemas)
        configuration.console = ConsoleSettings(policy: policy, passwordCost: 4)
        configuration.snapshotKey = SnapshotKey()
        configuration.labelPrinter = LabelPrinter(library: try LabelLibrary(directory: StoreFixture.labels),
                                                  settings: try LabelSettings.load(schemas: StoreFixture.schemas))
        configuration.loginsPerClient = RateLimiter.Policy(capacity: 10_000, refillPerSecond: 0)
        configuration.loginsOverall = RateLimiter.Policy(capacity: 10_000, refillPerSecond: 0, maxClients: 1)
        configure(&configuration)
        server = try await RegistryServer(registry: registry, configuration: configuration)
    }

    /// Creates an account (bcrypt at the lowest cost, to keep tests fast).
    func addAccount(_ name: String, roles: [Role], password: String = Self.password) async throws {
        let hash = try await StaffPassword.hash(password, cost: 4)
        _ = try registry.write { try $0.addAccount(name: name, roles: Set(roles), passwordHash: hash, by: try Actor(name: "管理员", role: .admin)) }
    }

    /// Creates an account and signs it in.
    func signedIn(_ name: String, roles: [Role]) async throws -> ConsoleClient {
        try await addAccount(name, roles: roles)
        return try await login(name)
    }

    /// Signs in through the login form; fails the test's expectation by throwing when refused.
    func login(_ name: String, password: String = Self.password, next: String? = nil) async throws -> ConsoleClient {
        let answer = try await attemptLogin(name, password: password, next: next)
        guard answer.status == 303, let cookie = answer.cookie(ConsoleCookies.session) else { throw LoginRefused(status: answer.status, page: answer.text) }
        var client = ConsoleClient(harness: self, cookie: "\(ConsoleCookies.session)=\(cookie)", csrf: "")
        let home = try await client.get("/console")
        guard let token = home.csrf else { throw LoginRefused(status: home.status, page: "no CSRF token on /console: " + home.text) }
        client.csrf = token
        return client
    }

    /// One login attempt as a browser makes it: the form (with its token cookie), then the post.
    func attemptLogin(_ name: String, password: String, next: String? = nil, token: String? = nil) async throws -> Answer {
        let form = try await send(.get, "/console/login")
        let cookie = form.cookie(ConsoleCookies.login) ?? ""
        var fields = [("_csrf", token ?? form.csrf ?? ""), ("name", name), ("password", password)]
        if let next { fields.append(("next", next)) }
        return try await send(.post, "/console/login", cookie: "\(ConsoleCookies.login)=\(cookie)", form: fields)
    }

    /// One request, with an optional cookie and URL-encoded form.
    func send(_ method: HTTPRequest.Method, _ uri: String, cookie: String? = nil, form: [(String, String)]? = nil,
              body: ByteBuffer? = nil, contentType: String? = nil) async throws -> Answer {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        var payload = body
        if let form {
            headers[.contentType] = "application/x-www-form-urlencoded"
            payload = ByteBuffer(string: Self.encode(form))
        } else if let contentType {
            headers[.contentType] = contentType
        }
        let application = Application(router: server.router(consoleSections: sections))
        let (fields, body) = (headers, payload)
        return try await application.test(.router) { client in
            let response = try await client.execute(uri: uri, method: method, headers: fields, body: body)
            return Answer(status: response.status.code, headers: response.headers, data: Data(buffer: response.body))
        }
    }

    /// Fields as `application/x-www-form-urlencoded`.
    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { "\($0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
    }

    /// Every row of every table, for "nothing changed" checks (sessions excluded: reading a page
    /// marks the session as seen).
    func dump() throws -> String {
        try fixture.dump().split(separator: "\n").filter { !$0.hasPrefix("console_sessions:") && !$0.contains("last_seen_ms") }
            .joined(separator: "\n")
    }

    /// The audit trail's action names, oldest first.
    func auditActions(entity: EntityKind? = nil) throws -> [String] {
        try registry.read { try $0.auditEvents(entity: entity, limit: 10_000) }.reversed().map(\.action.rawValue)
    }

    /// A login the console refused.
    struct LoginRefused: Error {
        let status: Int
        let page: String
    }
}

/// A signed-in member of staff: the session cookie and the session's CSRF token.
struct ConsoleClient: Sendable {
    let harness: ConsoleHarness
    let cookie: String
    var csrf: String

    func get(_ uri: String) async throws -> Answer {
        try await harness.send(.get, uri, cookie: cookie)
    }

    /// Posts a form with the session's CSRF token added (or none, or another token).
    func post(_ uri: String, _ fields: [(String, String)] = [], token: Token = .session) async throws -> Answer {
        let value: String? = switch token {
        case .session: csrf
        case .missing: nil
        case .other(let other): other
        }
        return try await harness.send(.post, uri, cookie: cookie, form: (value.map { [("_csrf", $0)] } ?? []) + fields)
    }

    /// The CSRF token a post carries.
    enum Token: Sendable {
        case session
        case missing
        case other(String)
    }
}

extension Answer {
    /// The value a `Set-Cookie` header gives a cookie.
    func cookie(_ name: String) -> String? {
        headers[values: .setCookie].lazy.compactMap { field -> String? in
            guard let pair = field.split(separator: ";").first, pair.hasPrefix("\(name)=") else { return nil }
            return String(pair.dropFirst(name.count + 1))
        }.first
    }

    /// The CSRF token in the page's first form.
    var csrf: String? {
        guard let range = text.range(of: #"name="_csrf" value="([0-9a-f]{64})""#, options: .regularExpression) else { return nil }
        return String(text[range].dropFirst(#"name="_csrf" value=""#.count).dropLast())
    }

    /// Where a redirect goes.
    var location: String? { header("Location") }
}
