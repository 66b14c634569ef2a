import RegistryCore
import RegistryStore

extension PublicSite {
    /// Reads what a certificate's page or API answer needs. A client over the unknown-lookup limit is
    /// refused (429); an unknown number costs the client a token, like an unknown licence, and gets 404.
    func certificateLookup<T>(_ number: String, client: String, _ read: (RegistryTransaction) throws -> T) throws -> T {
        let limiter = lookup.limiter
        guard limiter.allows(client) else {
            throw PublicError.tooManyRequests(retryAfterSeconds: limiter.secondsUntilAllowed(client))
        }
        do {
            return try reads.quick(read)
        } catch RegistryError.notFound {
            limiter.spend(client)
            throw PublicError.notFound(what: FieldName("此证书", "certificate"))
        }
    }
}
