/// What keeps password guessing slow: login attempts are limited per client and from everyone together
/// (429 with a Chinese message), and bcrypt checks run on their own bounded pool (503 when it is full),
/// so a flood of logins can neither take every processor nor delay the public pages.
struct LoginThrottle: Sendable {
    let perClient: RateLimiter
    let overall: RateLimiter
    /// Where bcrypt runs.
    let passwords: WorkPool

    /// Takes an attempt from the client's allowance and from everyone's, or refuses.
    func admit(_ client: String) throws(ConsoleRefusal) {
        if case .refused(let seconds) = perClient.spend(client) { throw .tooManyLogins(retryAfterSeconds: seconds) }
        if case .refused(let seconds) = overall.spend("everyone") { throw .tooManyLogins(retryAfterSeconds: seconds) }
    }
}
