import Foundation
import Hummingbird
import Logging
import RegistryCore
import RegistryStore

/// The public web service: the licence directory and pages, the JSON API, `/openapi.yaml`,
/// `/healthz` and `/metrics`, on Hummingbird, reading one registry.
public struct RegistryServer: Sendable {
    public let configuration: ServerConfiguration
    public let metrics: RequestMetrics
    let site: PublicSite

    /// Prepares the service: loads the templates and the OpenAPI description.
    public init(registry: Registry, configuration: ServerConfiguration, metrics: RequestMetrics = RequestMetrics()) async throws {
        guard let openAPI = try? String(contentsOf: configuration.openAPIFile, encoding: .utf8) else {
            throw ConfigurationError.missing(file: configuration.openAPIFile.path)
        }
        let reads = RegistryReads(registry: registry)
        self.configuration = configuration
        self.metrics = metrics
        site = PublicSite(reads: reads, lookup: LicenceLookup(reads: reads, limiter: RateLimiter(policy: configuration.unknownLookups)),
                          pages: try await PageRenderer.load(), configuration: configuration, metrics: metrics, openAPI: openAPI)
    }

    /// The router with every public route, behind metrics, security headers, error pages and
    /// request limits (outermost first).
    func router() -> Router<PublicRequestContext> {
        let router = Router(context: PublicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.add(middleware: SecurityHeadersMiddleware(styleSource: site.pages.styleSource))
        router.add(middleware: ErrorMiddleware(pages: site.pages, issuer: configuration.issuingBody))
        router.add(middleware: RequestLimitMiddleware(limits: configuration.limits))
        let site = site
        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/directory"]) }
        router.get("/directory") { request, _ in try site.directoryPage(request) }
        router.get("/directory.csv") { request, _ in try await site.directoryCSV(request) }
        router.get("/directory.json") { request, _ in try await site.directoryJSON(request) }
        router.get("/licence/{number}") { request, context in
            try site.licencePage(request, number: try context.parameters.require("number"), client: context.clientAddress)
        }
        router.get("/api/v1/directory") { request, _ in try site.directoryAPI(request) }
        router.get("/api/v1/licences/{number}") { _, context in
            try site.licenceAPI(number: try context.parameters.require("number"), client: context.clientAddress)
        }
        router.get("/openapi.yaml") { _, _ in site.openAPIDocument() }
        router.get("/healthz") { _, _ in site.health() }
        router.get("/metrics") { _, _ in site.metricsText() }
        return router
    }

    /// The Hummingbird application, bound to the configured address.
    public func application(logger: Logger = Logger(label: "oxlabel.server")) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "oxlabel"),
                    logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight and returns.
    public func run() async throws {
        try await application().runService()
    }
}
