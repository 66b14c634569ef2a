/// The console's sections: each registers its routes here, in its own line.
extension ConsoleRoutes {
    func registerSections() {
        QueuePage.register(on: self)
        ApplicationPage.register(on: self)
        OperatorSection.register(on: self)
        LicenceSection.register(on: self)
        LabelsSection.register(on: self)
        CopySignalsPage.register(on: self)
        CopyReportsPage.register(on: self)
        DataSection.register(on: self)
        DashboardPage.register(on: self)
        AuditLogPage.register(on: self)
    }
}
