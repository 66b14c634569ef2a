import RegistryCore
import RegistryStore

/// The member of staff behind a request: the account (roles read fresh from the registry on every
/// request), the session id from the cookie, the session's CSRF token and the flash message left for
/// this page.
struct SignedInStaff: Sendable {
    let account: StaffAccount
    let sessionID: String
    let csrfToken: String
    let flash: ConsoleFlash?

    var name: String { account.name }

    /// Whether any role held permits the action.
    func permits(_ action: RegistryAction) -> Bool { account.permits(action) }

    /// The actor to record for an action: this person in the first held role that permits it. Throws
    /// the console's 403 when no role does.
    func actor(for action: RegistryAction) throws -> Actor {
        guard let actor = account.actor(for: action) else { throw ConsoleRefusal.forbidden }
        return actor
    }
}
