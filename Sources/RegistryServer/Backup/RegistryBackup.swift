import Foundation
import RegistryStore

/// A backup of the registry and every file that travels with it: each part is written beside the
/// backup file with the suffix it has beside the registry (`FILE`, `FILE.scans.sqlite`, `FILE.snapshot-key`), readable by
/// its owner only (0600), never over an existing file. Nothing is half-written: when a part fails, the
/// parts this backup wrote are removed.
public struct RegistryBackup: Sendable {
    /// One file of a backup: the suffix of its name after the backup file's, and how it is written to a
    /// path where nothing exists yet.
    struct Part: Sendable {
        let suffix: String
        let write: @Sendable (String) throws -> Void
    }

    let parts: [Part]

    /// The parts of a backup of `registry`: the database (SQLite's online backup, consistent while the
    /// registry is in use), the scan log (the same) and the snapshot signing key.
    public init(of registry: Registry) {
        let key = SnapshotKey.file(beside: registry.path)
        parts = [
            Part(suffix: "") { try registry.backup(to: $0) },
            Part(suffix: ScanLog.path(beside: "")) { try registry.scanLog.backup(to: $0) },
            Part(suffix: ".snapshot-key") { try SnapshotKey.load(from: key).write(to: URL(fileURLWithPath: $0)) },
        ]
    }

    /// Writes every part beside `file` and returns the paths written, the backup file first.
    @discardableResult
    public func write(to file: String) throws -> [String] {
        let targets = parts.map { file + $0.suffix }
        if let taken = targets.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw StoreError.backupTargetExists(path: taken)
        }
        var written: [String] = []
        do {
            for (part, target) in zip(parts, targets) {
                try part.write(target)
                written.append(target)
            }
        } catch {
            for path in written { try? FileManager.default.removeItem(atPath: path) }
            throw error
        }
        return written
    }
}
