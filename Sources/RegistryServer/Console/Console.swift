import Hummingbird
import RegistryStore

/// The staff console under `/console`: its own request context with the signed-in member of staff,
/// its own executor (off the event loops), the session middleware, the console's error pages, the
/// login and logout routes and every section.
enum Console {
    /// Adds the console's routes to the service's router; `sections` registers the sections.
    static func mount(on router: Router<PublicRequestContext>, site: ConsoleSite, sections: (ConsoleRoutes) -> Void) {
        let group = router.group("/console", context: ConsoleRequestContext.self)
        group.add(middleware: ConsoleExecutorMiddleware())
        group.add(middleware: ConsoleSessionMiddleware(registry: site.registry, policy: site.settings.policy))
        group.add(middleware: ConsoleErrorMiddleware(site: site))
        LoginRoutes(site: site).register(on: group)
        sections(ConsoleRoutes(group: group, site: site))
    }
}
