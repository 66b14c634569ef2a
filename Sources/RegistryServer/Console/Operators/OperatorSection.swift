/// The intake section: operators, subjects, applications with their evidence uploads, and evidence downloads.
enum OperatorSection {
    static func register(on routes: ConsoleRoutes) {
        OperatorPages.register(on: routes)
        SubjectPages.register(on: routes)
        ApplicationIntake.register(on: routes, limits: routes.site.settings.uploads)
        EvidenceDownload.register(on: routes)
    }
}
