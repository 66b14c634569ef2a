import Crypto
import Foundation
import RegistryCore
import RegistryStore

/// A status snapshot as an inspector saved it from `/api/v1/snapshot`: the body's exact bytes, read
/// back for its day and the audit head it recorded, and checked against its signature.
public struct SavedSnapshot: Sendable {
    public let body: Data
    public let date: Day
    /// The audit chain's head on the day of the snapshot.
    public let auditHead: AuditHead

    private struct Content: Decodable {
        let date: String
        let audit: AuditHead?
    }

    public init(body: Data) throws(SnapshotEvidenceError) {
        guard let content = try? JSONDecoder().decode(Content.self, from: body), let date = Day(content.date) else {
            throw .unreadableSnapshot
        }
        guard let head = content.audit else { throw .noAuditHead }
        self.body = body
        self.date = date
        auditHead = head
    }

    /// Checks the signature (Ed25519 over the exact bytes, given as the `X-Oxlabel-Signature` header's
    /// base64 text) with the published keys that may have signed a snapshot of this day.
    public func verify(signature text: String, keys: PublishedSnapshotKeys) throws(SnapshotEvidenceError) {
        guard let signature = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), signature.count == 64 else {
            throw .unreadableSignature
        }
        guard keys.keys(signing: date).contains(where: { $0.isValidSignature(signature, for: body) }) else {
            throw .badSignature(date: date)
        }
    }
}
