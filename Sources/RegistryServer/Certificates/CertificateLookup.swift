import Hummingbird
import RegistryCore
import RegistryStore

extension PublicSite {
    /// Reads what a certificate number names, inline. A certificate that exists is always answered; an
    /// unknown number costs the client a token of the unknown-lookup limiter, like an unknown licence,
    /// and a client without tokens is refused (429).
    func certificateLookup<T>(_ number: String, client: String, _ read: (RegistryTransaction) throws -> T) throws -> T {
        do {
            return try reads.quick(read)
        } catch RegistryError.notFound {
            try lookup.limiter.chargeFruitlessLookup(by: client)
            throw PublicError.notFound(what: FieldName("此证书", "certificate"))
        }
    }
}
