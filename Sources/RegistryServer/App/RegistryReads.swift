import NIOPosix
import RegistryStore

/// How handlers read the registry. GRDB is synchronous; its `DatabasePool` in WAL mode gives every
/// read its own snapshot on one of several reader connections, so reads never wait for each other
/// or for a writer.
///
/// A page or an API answer is one short read: a few indexed queries and at most one page of decoded
/// licences, well under a millisecond. Such reads run inline on the request's task, because a hop to
/// another thread would cost more than the read. A whole-directory export decodes every licence and a
/// certificate's report reads a year of observations (and may draw a PDF), so they run on NIO's
/// blocking thread pool and leave the concurrency pool free for other requests.
struct RegistryReads: Sendable {
    let registry: Registry

    /// A short read, inline.
    func quick<T>(_ body: (RegistryTransaction) throws -> T) throws -> T {
        try registry.read(body)
    }

    /// A long read, on the blocking thread pool.
    func long<T: Sendable>(_ body: @escaping @Sendable (RegistryTransaction) throws -> T) async throws -> T {
        let registry = registry
        return try await NIOThreadPool.singleton.runIfActive { try registry.read(body) }
    }
}
