import Foundation
import LabelPrint
import RegistryCore

/// How the public service runs: where it listens, who it names as issuer, and its limits.
public struct ServerConfiguration: Sendable {
    /// The address to bind; 127.0.0.1 keeps the service behind a reverse proxy.
    public var host: String
    public var port: Int
    /// The body that issues licences, named on every licence page.
    public var issuingBody: IssuingBody
    /// The public host of the service, as labels print it (`Schemas/labels/label-settings.json`): the
    /// climate reports link to their live page there.
    public var verificationHost: VerificationHost
    /// The OpenAPI description served at `/openapi.yaml` (`Schemas/openapi.yaml`).
    public var openAPIFile: URL
    public var limits: RequestLimits
    /// How many unknown-number lookups a client may make, against enumeration.
    public var unknownLookups: RateLimiter.Policy
    /// Licences per directory page.
    public var pageSize: Int
    /// The copied-code thresholds (`Schemas/verification/copied-codes.json`).
    public var copyHeuristics: CopyHeuristics
    /// The scan log's queue and write interval.
    public var scanLog: ScanRecorder.Settings
    /// How many copy reports a client may send.
    public var reports: RateLimiter.Policy
    /// Proxies whose `X-Forwarded-For` names the client (`serve --trusted-proxy`); none by default.
    public var trustedProxies: [AddressRange] = []
    /// The peers `/metrics` answers (`serve --metrics-from`); others get 404. The machine itself by default.
    public var metricsFrom: [AddressRange] = AddressRange.loopback
    /// How many certificate reports, PDFs, directory exports and snapshots are drawn at once, and how many wait.
    public var renderPool = WorkPool.Settings()
    /// How many bytes of drawn reports, exports and snapshots are kept.
    public var renderCacheBytes = 64 * 1024 * 1024
    /// How many bcrypt checks of console logins run at once, and how many wait.
    public var passwordPool = WorkPool.Settings()
    /// Console login attempts per client: 10 at once, then one every 6 seconds.
    public var loginsPerClient = RateLimiter.Policy(capacity: 10, refillPerSecond: 1.0 / 6)
    /// Console login attempts from everyone together: 60 at once, then 2 a second.
    public var loginsOverall = RateLimiter.Policy(capacity: 60, refillPerSecond: 2, maxClients: 1)
    /// The monotonic clock of the rate limits; tests move it by hand.
    public var limitClock: @Sendable () -> ContinuousClock.Instant = { .now }
    /// The key that signs `/api/v1/snapshot`; without one the snapshot answers 503.
    public var snapshotKey: SnapshotKey?
    /// The staff console under `/console`; nil serves the public site only (`serve --no-console`).
    public var console: ConsoleSettings? = ConsoleSettings()
    /// The label templates and brand settings the console prints with; without them it offers no print files.
    public var labelPrinter: LabelPrinter?

    public init(host: String = "127.0.0.1", port: Int = 8080, issuingBody: IssuingBody = .yanqingAgriculture,
                verificationHost: VerificationHost, openAPIFile: URL, copyHeuristics: CopyHeuristics, limits: RequestLimits = RequestLimits(),
                unknownLookups: RateLimiter.Policy = RateLimiter.Policy(), pageSize: Int = 20,
                scanLog: ScanRecorder.Settings = ScanRecorder.Settings(),
                reports: RateLimiter.Policy = RateLimiter.Policy(capacity: 5, refillPerSecond: 1.0 / 600)) {
        self.host = host
        self.port = port
        self.issuingBody = issuingBody
        self.verificationHost = verificationHost
        self.openAPIFile = openAPIFile
        self.copyHeuristics = copyHeuristics
        self.limits = limits
        self.unknownLookups = unknownLookups
        self.pageSize = pageSize
        self.scanLog = scanLog
        self.reports = reports
    }

    /// The configuration for a `Schemas` folder, which holds `openapi.yaml`,
    /// `verification/copied-codes.json` and `labels/label-settings.json`.
    public init(schemas: URL, host: String = "127.0.0.1", port: Int = 8080) throws {
        self.init(host: host, port: port, verificationHost: try LabelSettings.load(schemas: schemas).verificationHost,
                  openAPIFile: schemas.appendingPathComponent("openapi.yaml"),
                  copyHeuristics: try CopyHeuristics.load(schemas.appendingPathComponent("verification/copied-codes.json")))
    }
}

/// The authority that issues licences, in both languages.
public struct IssuingBody: Sendable, Hashable, Codable {
    public var chinese: String
    public var english: String

    public init(chinese: String, english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// 北京市延庆区农业农村局.
    public static let yanqingAgriculture = IssuingBody(
        chinese: "北京市延庆区农业农村局", english: "Yanqing District Bureau of Agriculture and Rural Affairs, Beijing")
}
