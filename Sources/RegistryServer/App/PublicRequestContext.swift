import Hummingbird
import NIOCore

/// The context of one public request: Hummingbird's core storage and the client's address, which
/// keys the rate limiter.
struct PublicRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address, or `unknown` when the channel has none (in-process tests).
    let clientAddress: String

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
