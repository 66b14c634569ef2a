import Hummingbird
import RegistryCore
import RegistryStore

extension PublicSite {
    /// Reads what a certificate number names, inline. An unknown number costs the client a token of the
    /// unknown-lookup limiter, like an unknown licence, and a client over the limit is refused first.
    func certificateLookup<T>(_ number: String, client: String, _ read: (RegistryTransaction) throws -> T) throws -> T {
        try admitCertificateLookup(client: client)
        do {
            return try reads.quick(read)
        } catch RegistryError.notFound {
            throw unknownCertificate(client: client)
        }
    }

    /// The same look-up on the blocking thread pool, for reads that load a year of observations or draw
    /// a PDF.
    func longCertificateLookup<T: Sendable>(_ number: String, client: String,
                                            _ read: @escaping @Sendable (RegistryTransaction) throws -> T) async throws -> T {
        try admitCertificateLookup(client: client)
        do {
            return try await reads.long(read)
        } catch RegistryError.notFound {
            throw unknownCertificate(client: client)
        }
    }

    private func admitCertificateLookup(client: String) throws {
        let limiter = lookup.limiter
        guard limiter.allows(client) else {
            throw PublicError.tooManyRequests(retryAfterSeconds: limiter.secondsUntilAllowed(client))
        }
    }

    private func unknownCertificate(client: String) -> PublicError {
        lookup.limiter.spend(client)
        return PublicError.notFound(what: FieldName("此证书", "certificate"))
    }
}
