import Foundation
import RegistryCore
import RegistryStore

extension SnapshotKey {
    /// What a rotation did: the key now in use, and the public key it retired (nil when the old key
    /// file was missing, so that there was nothing to keep).
    public struct Rotation: Sendable {
        public let key: SnapshotKey
        public let retiredPublicKey: String?
    }

    /// Replaces the snapshot key of `registry` on purpose: a new key is written beside the registry, and
    /// the old public key is kept in the registry with the time and the reason, in the same transaction
    /// as the audit event; the new file takes the old one's place only inside that transaction, so a
    /// refusal or a failure leaves the old key in place. A running `oxlabel serve` signs with the new key
    /// once restarted.
    public static func rotate(beside registry: Registry, reason: String, by actor: Actor) throws -> Rotation {
        try actor.require(.rotateSnapshotKey)
        let file = file(beside: registry.path)
        let old: SnapshotKey? = FileManager.default.fileExists(atPath: file.path) ? try load(from: file) : nil
        let new = SnapshotKey()
        let staged = URL(fileURLWithPath: file.path + ".new-\(UUID().uuidString)")
        try new.write(to: staged)
        var replaced = false
        do {
            try registry.write { tx in
                try tx.retireSnapshotKey(publicKey: old?.publicKeyText, successor: new.publicKeyText, reason: reason, by: actor)
                guard rename(staged.path, file.path) == 0 else { throw SnapshotKeyError.unwritable(path: file.path) }
                replaced = true
            }
        } catch {
            if replaced { restore(old, at: file) } else { unlink(staged.path) }
            throw error
        }
        return Rotation(key: new, retiredPublicKey: old?.publicKeyText)
    }

    /// Puts the old key back after a transaction that failed once the new key was in place.
    private static func restore(_ old: SnapshotKey?, at file: URL) {
        guard let old else {
            unlink(file.path)
            return
        }
        let staged = URL(fileURLWithPath: file.path + ".old-\(UUID().uuidString)")
        guard (try? old.write(to: staged)) != nil else { return }
        if rename(staged.path, file.path) != 0 { unlink(staged.path) }
    }
}
