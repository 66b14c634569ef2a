/// The console's sections: each registers its routes here, in its own line.
extension ConsoleRoutes {
    func registerSections() {
        HomePage.register(on: self)
        DashboardPage.register(on: self)
        AuditLogPage.register(on: self)
    }
}
