import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import RegistryCore
import RegistryStore

/// The public web service: the label verification pages, the licence directory and pages, the JSON
/// API, `/openapi.yaml`, `/healthz` and `/metrics`, on Hummingbird, reading one registry and writing
/// its scan log.
public struct RegistryServer: Sendable {
    public let configuration: ServerConfiguration
    public let metrics: RequestMetrics
    /// The scan log's queue and writer.
    public let scans: ScanRecorder
    let site: PublicSite
    /// The staff console, unless the configuration leaves it out.
    let console: ConsoleSite?

    /// Prepares the service: loads the templates and the OpenAPI description.
    public init(registry: Registry, configuration: ServerConfiguration, metrics: RequestMetrics = RequestMetrics()) async throws {
        guard let openAPI = try? String(contentsOf: configuration.openAPIFile, encoding: .utf8) else {
            throw ConfigurationError.missing(file: configuration.openAPIFile.path)
        }
        let reads = RegistryReads(registry: registry)
        let clock = configuration.limitClock
        let unknown = RateLimiter(policy: configuration.unknownLookups, clock: clock)
        self.configuration = configuration
        self.metrics = metrics
        scans = ScanRecorder(registry: registry, settings: configuration.scanLog, heuristics: configuration.copyHeuristics,
                             metrics: ScanMetrics(metrics))
        site = PublicSite(reads: reads, lookup: LicenceLookup(reads: reads, limiter: unknown), labels: LabelLookup(reads: reads, limiter: unknown),
                          scans: scans, reports: RateLimiter(policy: configuration.reports, clock: clock), pages: try PageRenderer.load(),
                          configuration: configuration, metrics: metrics, openAPI: openAPI,
                          renderPool: WorkPool(configuration.renderPool, label: "render"), rendered: RenderCache(maxBytes: configuration.renderCacheBytes))
        let pages = site.pages
        let logins = LoginThrottle(perClient: RateLimiter(policy: configuration.loginsPerClient, clock: clock),
                                   overall: RateLimiter(policy: configuration.loginsOverall, clock: clock),
                                   passwords: WorkPool(configuration.passwordPool, label: "bcrypt"))
        console = configuration.console.map {
            ConsoleSite(registry: registry, reads: reads, pages: pages, settings: $0, issuer: configuration.issuingBody,
                        labelPrinter: configuration.labelPrinter, logins: logins)
        }
    }

    /// The router with every public route and the console, behind `SiteMiddleware`: request limits,
    /// error pages, security headers and metrics; a method a path does not take is answered 405.
    /// `consoleSections` registers the console's sections (all of them, unless a test says otherwise).
    func router(consoleSections: (ConsoleRoutes) -> Void = { $0.registerSections() }) -> Router<PublicRequestContext> {
        let router = Router(context: PublicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: SiteMiddleware(identity: identity, limits: configuration.limits, errors: ErrorResponses(pages: site.pages, issuer: configuration.issuingBody),
                                              headers: securityHeaders, metrics: metrics))
        let site = site
        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/directory"]) }
        router.get("/directory") { request, _ in try site.directoryPage(request) }
        router.get("/directory.csv") { request, _ in try await site.directoryCSV(request) }
        router.get("/directory.json") { request, _ in try await site.directoryJSON(request) }
        router.get("/licence/{number}") { request, context in
            try site.licencePage(request, number: try context.parameters.require("number"), client: context.clientKey)
        }
        router.get("/certificate/{number}") { request, context in
            try await site.certificatePage(request, number: try context.parameters.require("number"), client: context.clientKey)
        }
        for prefix in ["/V", "/v"] {
            router.get("\(prefix)/{code}") { request, context in
                try site.verificationPage(request, code: try context.parameters.require("code"), context: context)
            }
            router.post("\(prefix)/{code}/report") { request, context in
                try await site.report(request, code: try context.parameters.require("code"), context: context)
            }
        }
        for digitalLink in ["/01/{gtin}/10/{lot}/21/{code}", "/01/{gtin}/21/{code}"] {
            router.get(RouterPath(digitalLink)) { request, context in try site.digitalLinkPage(request, context: context) }
        }
        router.get("/verify") { request, context in try site.verifyForm(request, context: context) }
        router.get("/api/v1/labels/{code}") { request, context in
            try site.labelAPI(code: try context.parameters.require("code"), request: request, client: context.clientKey)
        }
        router.get("/api/v1/directory") { request, _ in try site.directoryAPI(request) }
        router.get("/api/v1/licences/{number}") { _, context in
            try site.licenceAPI(number: try context.parameters.require("number"), client: context.clientKey)
        }
        router.get("/api/v1/certificates/{number}") { _, context in
            try site.certificateAPI(number: try context.parameters.require("number"), client: context.clientKey)
        }
        router.get("/api/v1/snapshot") { _, _ in try await site.snapshot() }
        router.get("/api/v1/snapshot/public-key") { _, _ in try site.snapshotPublicKey() }
        router.get("/openapi.yaml") { _, _ in site.openAPIDocument() }
        router.get("/healthz") { _, _ in site.health() }
        router.get("/metrics") { _, context in try site.metricsText(peer: context.peer) }
        if let console { Console.mount(on: router, site: console, sections: consoleSections) }
        router.refuseOtherMethods()
        return router
    }

    /// The `Server` header of every answer.
    static let serverName = "oxlabel"

    /// Who a request comes from, as the configured trusted proxies say.
    private var identity: ClientIdentity { ClientIdentity(trustedProxies: configuration.trustedProxies) }

    /// The security headers of every answer, for the site's style sheet.
    private var securityHeaders: SecurityHeaders { SecurityHeaders(styleSource: site.pages.styleSource) }

    /// What the event loop answers for found labels' pages (`LabelPageFastPath`).
    var foundLabelAnswers: FoundLabelAnswers {
        FoundLabelAnswers(site: site, identity: identity, limits: configuration.limits, headers: securityHeaders, metrics: metrics,
                          date: HTTPDateField(), serverName: Self.serverName)
    }

    /// The Hummingbird application, bound to the configured address, with the header size limits, the
    /// idle timeout, the request deadline and the connection limit of `RequestLimits`; found labels'
    /// pages are answered on the event loop (`LabelPageFastPath`).
    public func application(logger: Logger = Logger(label: "oxlabel.server")) -> some ApplicationProtocol {
        let limits = configuration.limits
        let http1 = HTTP1Channel.Configuration(
            idleTimeout: TimeAmount(limits.idleTimeout),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: limits.maxHeaderBytes, maxHeaderListSize: limits.maxHeaderBytes,
                                            maxHeaderFieldCount: limits.maxHeaderFields))
        let server = HTTPServerBuilder.guardedHTTP1(configuration: http1, limits: limits, connections: ConnectionCounter(maximum: limits.maxConnections),
                                                    labelPages: foundLabelAnswers)
        return Application(router: router(), server: server,
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: Self.serverName),
                           logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then finishes the requests in flight, writes the scans still
    /// queued and returns; throws `ScansLost` when some of them could not be written.
    public func run() async throws {
        let scans = scans
        let writer = Task { await scans.run() }
        do {
            try await application().runService()
        } catch {
            writer.cancel()
            _ = await writer.value
            throw error
        }
        writer.cancel()
        let lost = await writer.value
        if lost > 0 { throw ScansLost(count: lost) }
    }
}
