import Hummingbird
import LabelPrint
import RegistryCore
import RegistryStore

/// What every console page shares: the registry, the templates, the console's settings and the
/// issuing body.
struct ConsoleSite: Sendable {
    let registry: Registry
    let reads: RegistryReads
    let pages: PageRenderer
    let settings: ConsoleSettings
    let issuer: IssuingBody
    /// What the label section prints with, when the service was given the label templates.
    let labelPrinter: LabelPrinter?
    /// The limits on login attempts and the pool bcrypt runs on.
    let logins: LoginThrottle
    /// Failed logins under names no active account has.
    let unknownAccounts = UnknownAccountLockouts()
    /// How far the audit chain was last found intact, kept for the life of the service.
    let auditChain = AuditChainMonitor()

    var cookies: ConsoleCookies { ConsoleCookies(secure: settings.secureCookies) }

    /// The frame of a page for a member of staff, or for nobody (the login page).
    func frame(title: String, staff: SignedInStaff?, path: String = "") -> ConsoleFrame {
        ConsoleFrame(title: title, staff: staff, path: path, issuer: issuer, titleWarning: titleWarning(for: staff))
    }

    /// Who sees the region title's warning on every page: the administrator who records its recheck and
    /// the approvers who answer for the labels resting on it.
    static let titleWarningRoles: Set<Role> = [.admin, .approver]

    /// The region title's warning today for a member of staff who sees it; nil for others, while there
    /// is nothing to warn of, or when the registry cannot be read (the page itself then says so).
    func titleWarning(for staff: SignedInStaff?) -> String? {
        guard let staff, staff.account.roles.contains(where: Self.titleWarningRoles.contains) else { return nil }
        return try? reads.registry.readWithin { tx in try tx.regionTitle().warning(on: tx.today) }
    }

    /// A heading and a message in the console's frame, with a status.
    func notice(heading: String, message: String, status: HTTPResponse.Status, staff: SignedInStaff?) -> Response {
        struct View: PageView {
            static let template = "console-notice"
            let frame: ConsoleFrame
            let heading: String
            let message: String
        }
        let view = View(frame: frame(title: heading, staff: staff), heading: heading, message: message)
        return (try? pages.response(view, status: status)) ?? .html(message, status: status)
    }
}
