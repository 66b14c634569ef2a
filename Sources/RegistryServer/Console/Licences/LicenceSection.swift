/// The licence section: the list, one licence's page, its actions and the renewal application.
enum LicenceSection {
    static func register(on routes: ConsoleRoutes) {
        LicenceListPage.register(on: routes)
        LicenceDetailPage.register(on: routes)
        LicenceActions.register(on: routes)
        RenewalIntake.register(on: routes, limits: routes.site.settings.uploads)
    }
}
