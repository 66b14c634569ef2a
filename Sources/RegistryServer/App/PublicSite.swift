import Hummingbird
import RegistryStore

/// What the public routes share: the registry reads, the licence and label lookups, the scan log,
/// the report limiter, the templates, the configuration, the metrics, and the pool and cache of
/// expensive answers.
struct PublicSite: Sendable {
    let reads: RegistryReads
    let lookup: LicenceLookup
    let labels: LabelLookup
    let scans: ScanRecorder
    let reports: RateLimiter
    let pages: PageRenderer
    let configuration: ServerConfiguration
    let metrics: RequestMetrics
    let openAPI: String
    /// Where certificate reports, directory exports and the snapshot are drawn.
    let renderPool: WorkPool
    /// The drawn answers, per registry change.
    let rendered: RenderCache

    /// The frame of a page.
    func frame(title: String, language: Language, request: Request) -> PageFrame {
        PageFrame(title: title, language: language, request: request, issuer: configuration.issuingBody)
    }
}
