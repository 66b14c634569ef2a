import Crypto
import Foundation
import RegistryCore
import RegistryStore

/// What `/api/v1/snapshot/public-key` publishes: the Ed25519 key that signs today's snapshot and every
/// key retired by `oxlabel snapshot rotate-key`, with the days it signed. An inspector keeps this
/// document beside the snapshots; `oxlabel audit verify --public-key` reads it back (or a bare base64
/// key, the form the document had before keys were retired).
public struct PublishedSnapshotKeys: Codable, Sendable, Equatable {
    public let algorithm: String
    /// The key in use, raw 32 bytes in base64.
    public let publicKey: String
    /// Keys that signed earlier snapshots, oldest first.
    public let retired: [Retired]

    /// A retired key and the days of the snapshots it signed (`validFrom` absent: since the registry began).
    public struct Retired: Codable, Sendable, Equatable {
        public let publicKey: String
        public let validFrom: String?
        public let validUntil: String
    }

    public init(current: SnapshotKey, retired: [RetiredSnapshotKey]) {
        algorithm = "Ed25519"
        publicKey = current.publicKeyText
        self.retired = retired.map { Retired(publicKey: $0.publicKey, validFrom: $0.validFrom?.description, validUntil: $0.validUntil.description) }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        algorithm = try container.decode(String.self, forKey: .algorithm)
        publicKey = try container.decode(String.self, forKey: .publicKey)
        retired = try container.decodeIfPresent([Retired].self, forKey: .retired) ?? []
    }

    /// Reads a saved copy: the JSON document, or one key as bare base64 text.
    public init(saved data: Data) throws(SnapshotEvidenceError) {
        if let document = try? JSONDecoder().decode(Self.self, from: data) {
            guard document.algorithm == "Ed25519" else { throw .unreadablePublicKey }
            self = document
            return
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let raw = Data(base64Encoded: text), raw.count == 32 else { throw .unreadablePublicKey }
        algorithm = "Ed25519"
        publicKey = text
        retired = []
    }

    /// The keys that may have signed a snapshot dated `date`: the key in use for days from the last
    /// retirement on, and each retired key for the days it signed.
    func keys(signing date: Day) -> [Curve25519.Signing.PublicKey] {
        var texts: [String] = []
        if retired.last.flatMap({ Day($0.validUntil) }).map({ $0 <= date }) ?? true { texts.append(publicKey) }
        for key in retired {
            let from = key.validFrom.flatMap(Day.init)
            guard let until = Day(key.validUntil), from.map({ $0 <= date }) ?? true, date <= until else { continue }
            texts.append(key.publicKey)
        }
        return texts.compactMap { Data(base64Encoded: $0).flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) } }
    }
}
