import Crypto
import Foundation

/// The Ed25519 key that signs the daily status snapshot: 32 raw bytes in a file beside the registry
/// (`<registry>.snapshot-key`), readable by its owner only.
public struct SnapshotKey: Sendable {
    public let privateKey: Curve25519.Signing.PrivateKey

    public init(privateKey: Curve25519.Signing.PrivateKey = Curve25519.Signing.PrivateKey()) {
        self.privateKey = privateKey
    }

    /// Where the key of the registry at `registryPath` lives.
    public static func file(beside registryPath: String) -> URL {
        URL(fileURLWithPath: registryPath + ".snapshot-key")
    }

    /// Reads the key at `file`.
    public static func load(from file: URL) throws(SnapshotKeyError) -> SnapshotKey {
        guard let data = try? Data(contentsOf: file), let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: data) else {
            throw .unreadable(path: file.path)
        }
        return SnapshotKey(privateKey: key)
    }

    /// The key at `file`, generated first when there is none: the file is created with permissions
    /// 0600 before any byte is written.
    @discardableResult
    public static func loadOrCreate(at file: URL) throws(SnapshotKeyError) -> SnapshotKey {
        if FileManager.default.fileExists(atPath: file.path) { return try load(from: file) }
        let key = SnapshotKey()
        let bytes = [UInt8](key.privateKey.rawRepresentation)
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw .unwritable(path: file.path) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0, write(descriptor, bytes, bytes.count) == bytes.count else {
            unlink(file.path)
            throw .unwritable(path: file.path)
        }
        return key
    }
}
