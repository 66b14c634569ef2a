import RegistryCore
import RegistryStore

/// Finds one licence for its page or its API answer. A malformed number is refused before any
/// read; a number that does not exist costs the client a token of the unknown-lookup limiter, and a
/// client without tokens is refused (429), so that numbers cannot be enumerated. A licence that exists
/// is always answered.
struct LicenceLookup: Sendable {
    let reads: RegistryReads
    let limiter: RateLimiter

    /// What the public sees of a licence.
    struct Found {
        let entry: DirectoryEntry
        let history: [PublicHistoryEntry]
    }

    func find(_ number: String, client: String) throws -> Found {
        let number = try Self.validated(number)
        let found = try reads.quick { tx -> Found? in
            guard let entry = try tx.directoryEntry(number) else { return nil }
            return Found(entry: entry, history: try tx.publicHistory(of: entry.licence))
        }
        guard let found else {
            try limiter.chargeFruitlessLookup(by: client)
            throw PublicError.notFound(what: FieldName("许可「\(number)」", "licence \(number)"))
        }
        return found
    }

    /// A licence number such as `YQYB-P-2025-0012`, in any case: letters, digits and hyphens, at most
    /// 40 characters.
    static func validated(_ number: String) throws(PublicError) -> String {
        let upper = number.uppercased()
        let groups = upper.split(separator: "-", omittingEmptySubsequences: false)
        guard upper.count <= 40, groups.count >= 3, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }) else {
            throw .badRequest(chinese: "「许可编号」格式不对，应形如 YQYB-P-2025-0012", english: "licence number is malformed; expected a form like YQYB-P-2025-0012")
        }
        return upper
    }
}
