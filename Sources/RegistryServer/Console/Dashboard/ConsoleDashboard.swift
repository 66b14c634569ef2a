import RegistryStore

/// The console's dashboard page outside a request, rendered by the same function, templates and
/// environment cache as `GET /console/dashboard`: for `Scripts/bench-console`, which times it over a
/// large registry.
public struct ConsoleDashboard: Sendable {
    let site: ConsoleSite
    let environment = EnvironmentCache()

    /// The dashboard of a service's console; nil when the service runs without one.
    public init?(server: RegistryServer) {
        guard let site = server.console else { return nil }
        self.site = site
    }

    /// The page as `account` would see it.
    public func page(for account: StaffAccount) async throws -> String {
        let staff = SignedInStaff(account: account, sessionID: "", csrfToken: "", flash: nil)
        return try await DashboardPage.html(site: site, staff: staff, path: "/console/dashboard", environment: environment)
    }
}
