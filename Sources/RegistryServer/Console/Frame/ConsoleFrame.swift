import RegistryCore

/// What every console page shares, for `console-layout.mustache`: title, the signed-in
/// person and roles, the navigation their roles allow, the CSRF token for forms (the logout button
/// too), the flash message and, for those who act on it, the region title's warning.
struct ConsoleFrame: Encodable {
    let title: String
    let issuer: String
    let signedIn: Bool
    let staffName: String
    /// The roles held, in Chinese, joined.
    let roles: String
    let nav: [ConsoleNav.Item]
    /// The value of the hidden `_csrf` field every form of the page carries.
    let csrf: String
    let flash: ConsoleFlash?
    /// The region title's warning (its end near or past), shown on every page as a banner.
    let titleWarning: String?

    init(title: String, staff: SignedInStaff?, path: String, issuer: IssuingBody, titleWarning: String? = nil) {
        self.title = title
        self.issuer = issuer.chinese
        signedIn = staff != nil
        staffName = staff?.name ?? ""
        roles = staff?.account.roles.map(\.chinese).joined(separator: "、") ?? ""
        nav = staff.map { ConsoleNav.items(for: $0.account, current: path) } ?? []
        csrf = staff?.csrfToken ?? ""
        flash = staff?.flash
        self.titleWarning = titleWarning
    }
}
