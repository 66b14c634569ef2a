import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// `GET /console/login`, `POST /console/login` and `POST /console/logout`.
///
/// The login form carries a token that must match the `oxlabel_login` cookie set with the form
/// (there is no session yet to hold one). Attempts are throttled per client and overall
/// (`LoginThrottle`). A wrong name and a wrong password get the same message, and every attempt costs
/// one bcrypt check at the cost of real passwords, whoever it names; failures of a real account are
/// counted and audited, and the policy's limit locks the account; failures under a name no active
/// account has are counted in memory (`UnknownAccountLockouts`) and lock the name the same way, with
/// the same message, so that trying cannot tell which names exist. Whether the account
/// is locked or disabled is decided in the transaction that counts the failure or opens the session, so
/// attempts sent at once cannot slip past a lock-out. A login ends the session the browser already
/// had, if any, and clears away sessions that have expired unused.
struct LoginRoutes: Sendable {
    let site: ConsoleSite
    /// Checked against when no account has the name typed.
    let decoy: String

    init(site: ConsoleSite) {
        self.site = site
        decoy = StaffPassword.decoy(cost: site.settings.passwordCost)
    }

    func register(on group: RouterGroup<ConsoleRequestContext>) {
        let routes = self
        group.get("/login") { request, context in try routes.form(request, context: context) }
        group.post("/login") { request, context in try await routes.login(request, context: context) }
        group.post("/logout") { request, context in try await routes.logout(request, context: context) }
    }

    /// The login form (or, when already signed in, 303 to `next`).
    func form(_ request: Request, context: ConsoleRequestContext) throws -> Response {
        let next = LocalPath.console(request.uri.queryParameters["next"].map(String.init))
        if context.staff != nil { return Response(status: .seeOther, headers: [.location: next]) }
        let message = request.uri.queryParameters["out"] != nil ? "您已退出登录。" : nil
        return try page(name: "", next: next, notice: message, error: nil, status: .ok)
    }

    /// Checks the name and password; on success opens a session and goes to `next`.
    func login(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        try site.logins.admit(context.clientKey)
        let form = try await ConsoleForm.read(request, limit: site.settings.formBytes)
        guard let cookie = ConsoleCookies.value(ConsoleCookies.login, in: request),
              SessionToken.matches(form.optional("_csrf"), cookie) else { throw ConsoleRefusal.badToken }
        let name = form["name"].trimmingCharacters(in: .whitespaces)
        let password = form["password"]
        let next = LocalPath.console(form.optional("next"))
        let policy = site.settings.policy
        let account = name.isEmpty ? nil : try site.reads.quick { try $0.account(named: name) }
        let matches = try await StaffPassword.verify(password, hash: account?.passwordHash ?? decoy, on: site.logins.passwords)
        let id = SessionToken.make()
        let outcome = try site.registry.write { tx -> Outcome in
            guard let account = try account.flatMap({ try tx.account(named: $0.name) }), !account.disabled else { return .noAccount(at: tx.now) }
            if let until = account.lockedUntil, account.isLocked(at: tx.now) { return .locked(until: until) }
            guard matches else {
                let after = try tx.recordFailedLogin(of: account.name, policy: policy)
                if let until = after.lockedUntil, after.isLocked(at: tx.now) { return .locked(until: until) }
                return .refused
            }
            if let previous = context.staff?.sessionID { try tx.closeSession(id: previous) }
            try tx.deleteExpiredSessions(policy: policy)
            try tx.openSession(for: account.name, id: id, csrfToken: SessionToken.make())
            return .signedIn
        }
        switch outcome {
        case .noAccount(let now):
            context.logger.notice("console login refused for an unknown or disabled account")
            if let until = site.unknownAccounts.failedLogin(name, policy: policy, at: now) {
                return try page(name: name, next: next, notice: nil, error: Self.locked(until: until), status: .forbidden)
            }
            return try page(name: name, next: next, notice: nil, error: Self.wrongCredentials, status: .unauthorized)
        case .refused:
            return try page(name: name, next: next, notice: nil, error: Self.wrongCredentials, status: .unauthorized)
        case .locked(let until):
            return try page(name: name, next: next, notice: nil, error: Self.locked(until: until), status: .forbidden)
        case .signedIn:
            break
        }
        var headers: HTTPFields = [.location: next]
        headers.append(site.cookies.set(ConsoleCookies.session, id, path: LocalPath.home))
        headers.append(site.cookies.clear(ConsoleCookies.login, path: "/console/login"))
        return Response(status: .seeOther, headers: headers)
    }

    /// Ends the session (CSRF checked) and returns to the login page.
    func logout(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        let staff = try ConsoleRoutes.guarded(request, context: context, access: .signedIn)
        let form = try await ConsoleForm.read(request, limit: site.settings.formBytes)
        guard SessionToken.matches(form.optional("_csrf"), staff.csrfToken) else { throw ConsoleRefusal.badToken }
        try site.registry.write { try $0.closeSession(id: staff.sessionID) }
        var headers: HTTPFields = [.location: "/console/login?out=1"]
        headers.append(site.cookies.clear(ConsoleCookies.session, path: LocalPath.home))
        return Response(status: .seeOther, headers: headers)
    }

    /// The login page with a fresh form token in the form and in its cookie.
    func page(name: String, next: String, notice: String?, error: String?, status: HTTPResponse.Status) throws -> Response {
        struct View: PageView {
            static let template = "console-login"
            let frame: ConsoleFrame
            let name: String
            let next: String
            let token: String
            let notice: String?
            let error: String?
        }
        let token = SessionToken.make()
        let view = View(frame: site.frame(title: "登录", staff: nil), name: name, next: next, token: token, notice: notice, error: error)
        var response = try site.pages.response(view, status: status)
        response.headers.append(site.cookies.set(ConsoleCookies.login, token, path: "/console/login"))
        return response
    }

    /// What a login attempt came to.
    enum Outcome {
        case signedIn
        case refused
        /// No active account has the name (none at all, or a disabled one).
        case noAccount(at: Date)
        case locked(until: Date)
    }

    static let wrongCredentials = "用户名或密码不正确。"

    /// The lock-out message, naming the time (Beijing) it ends.
    static func locked(until: Date) -> String {
        "该账号因连续登录失败已被锁定，请于 \(ConsoleTime.text(until)) 后再试，或请系统管理员解锁。"
    }
}
