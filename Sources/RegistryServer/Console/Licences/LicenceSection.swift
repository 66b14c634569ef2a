/// The licence section: the list, one licence's page and its actions.
enum LicenceSection {
    static func register(on routes: ConsoleRoutes) {
        LicenceListPage.register(on: routes)
        LicenceDetailPage.register(on: routes)
        LicenceActions.register(on: routes)
    }
}
