import Crypto
import Foundation
import RegistryStore

/// The Ed25519 key that signs the daily status snapshot: 32 raw bytes in a file beside the registry
/// (`<registry>.snapshot-key`), readable and writable by its owner only.
public struct SnapshotKey: Sendable {
    public let privateKey: Curve25519.Signing.PrivateKey

    public init(privateKey: Curve25519.Signing.PrivateKey = Curve25519.Signing.PrivateKey()) {
        self.privateKey = privateKey
    }

    /// The public key in base64, as published.
    public var publicKeyText: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

    /// Where the key of the registry at `registryPath` lives.
    public static func file(beside registryPath: String) -> URL {
        URL(fileURLWithPath: registryPath + ".snapshot-key")
    }

    /// Reads the key at `file`; refuses one that group or others may read or write.
    public static func load(from file: URL) throws(SnapshotKeyError) -> SnapshotKey {
        guard let data = try? Data(contentsOf: file), let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: data),
              let mode = PrivateFile.mode(of: file.path) else {
            throw .unreadable(path: file.path)
        }
        guard mode & 0o077 == 0 else { throw .exposed(path: file.path, mode: Int(mode)) }
        return SnapshotKey(privateKey: key)
    }

    /// The key of the registry at `registryPath`, generated first when there is none. A registry that
    /// already holds records (audit events or licences) never gets a new key this way: its key is
    /// restored from a backup, or replaced on purpose with `oxlabel snapshot rotate-key`.
    @discardableResult
    public static func loadOrCreate(beside registry: Registry) throws -> SnapshotKey {
        let file = file(beside: registry.path)
        if FileManager.default.fileExists(atPath: file.path) { return try load(from: file) }
        guard try registry.read({ try $0.isEmpty() }) else { throw SnapshotKeyError.missing(path: file.path) }
        let key = SnapshotKey()
        try key.write(to: file)
        return key
    }

    /// Writes the key to a new file (0600 before any byte is written); never replaces a file.
    public func write(to file: URL) throws(SnapshotKeyError) {
        do {
            try PrivateFile.create(at: file.path, contents: privateKey.rawRepresentation)
        } catch {
            throw .unwritable(path: file.path)
        }
    }
}
