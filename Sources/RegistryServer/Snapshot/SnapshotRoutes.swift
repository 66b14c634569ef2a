import Foundation
import HTTPTypes
import Hummingbird

extension PublicSite {
    /// The header that carries the snapshot's signature: Ed25519 over the body's exact bytes, base64.
    static let signatureHeader = HTTPField.Name("X-Oxlabel-Signature")!

    /// `GET /api/v1/snapshot`: today's status snapshot as JSON, signed in `X-Oxlabel-Signature`; made
    /// on the render pool and kept in the render cache until the registry changes or the day ends.
    func snapshot() async throws -> Response {
        guard let key = configuration.snapshotKey else { throw PublicError.unavailable }
        let (stamp, day) = try reads.quick { (try $0.changeStamp(), $0.today) }
        let (registry, pool) = (reads.registry, renderPool)
        return try await rendered.answer(RenderCache.Key(route: "snapshot", subject: "", stamp: stamp, day: day, language: .chinese)) {
            try await pool.run {
                let body = try Response.jsonEncoder.encode(try registry.read { try StatusSnapshot($0) })
                let signature = try key.privateKey.signature(for: body).base64EncodedString()
                return CachedAnswer(headers: [.contentType: "application/json; charset=utf-8", Self.signatureHeader: signature],
                                    body: ByteBuffer(bytes: body))
            }
        }.response
    }

    /// `GET /api/v1/snapshot/public-key`: the key that verifies today's snapshot (raw 32 bytes in base64)
    /// and the retired keys that verify older ones, with the days they signed.
    func snapshotPublicKey() throws -> Response {
        guard let key = configuration.snapshotKey else { throw PublicError.unavailable }
        let retired = try reads.quick { try $0.retiredSnapshotKeys() }
        return .json(PublishedSnapshotKeys(current: key, retired: retired))
    }
}
