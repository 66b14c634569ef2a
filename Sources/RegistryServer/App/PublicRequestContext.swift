import Hummingbird
import NIOCore

/// The context of one public request: Hummingbird's core storage, the TCP peer, and the client as
/// `SiteMiddleware` finds it (`ClientIdentity`), whose key the rate limits count by.
struct PublicRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The TCP peer, nil when the channel has none (in-process tests).
    let peer: IPAddress?
    /// The client: the peer, or the one `identifyClient` finds behind it.
    private var client: IPAddress?
    /// The client's address, `unknown` when there is none.
    var clientAddress: String { client?.description ?? "unknown" }
    /// What the rate limits count as one client: the address, or an IPv6 client's /64.
    var clientKey: String { client?.clientKey ?? "unknown" }

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        peer = source.channel.remoteAddress.flatMap { IPAddress($0) }
        client = peer
    }

    /// Takes the client `identity` finds behind the peer.
    mutating func identifyClient(_ identity: ClientIdentity, headers: HTTPFields) {
        guard let found = identity.client(peer: peer, headers: headers) else { return }
        client = found
    }
}
