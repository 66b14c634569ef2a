import Foundation
import RegistryCore

/// The evidence files of a registry, stored once each under their SHA-256 in `<data folder>/evidence/ab/abcdef…`.
///
/// An upload is written to a temporary file (`staging/`) while it arrives; it takes its place only after the
/// database transaction that refers to it has committed (`Registry.write(keeping:_:)`), and is deleted otherwise.
public struct EvidenceStore: Sendable {
    /// The `evidence` folder.
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Starts receiving an upload of at most `limitBytes`.
    public func stage(limitBytes: Int) throws(EvidenceFileError) -> EvidenceUpload {
        let staging = folder.appendingPathComponent("staging")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotStore(detail: "\(error)")
        }
        return try EvidenceUpload(file: staging.appendingPathComponent(UUID().uuidString), limitBytes: limitBytes)
    }

    /// Where the file with a digest is kept.
    public func location(sha256: String) -> URL {
        folder.appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent(sha256)
    }

    /// The content of a stored file, or nil when there is none with that digest.
    public func contents(sha256: String) -> Data? {
        guard EvidenceFile.isSHA256(sha256) else { return nil }
        return FileManager.default.contents(atPath: location(sha256: sha256).path)
    }

    /// Moves staged uploads into their places; a file already stored under the same digest is kept as it is.
    func keep(_ uploads: [StagedEvidence]) throws {
        for upload in uploads {
            let target = location(sha256: upload.sha256)
            if FileManager.default.fileExists(atPath: target.path) {
                discard([upload])
                continue
            }
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try FileManager.default.moveItem(at: upload.temporaryFile, to: target)
        }
    }

    /// Deletes staged uploads that will not be kept.
    public func discard(_ uploads: [StagedEvidence]) {
        for upload in uploads { try? FileManager.default.removeItem(at: upload.temporaryFile) }
    }
}

extension Registry {
    /// The registry's evidence files, in the `evidence` folder beside the database.
    public var evidence: EvidenceStore {
        EvidenceStore(folder: URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("evidence"))
    }

    /// Runs changes in one transaction and, once it has committed, moves the staged uploads it refers to into
    /// the evidence store. When the transaction fails the uploads are deleted and nothing is kept.
    public func write<T>(keeping uploads: [StagedEvidence], _ body: (RegistryTransaction) throws -> T) throws -> T {
        let result: T
        do {
            result = try write(body)
        } catch {
            evidence.discard(uploads)
            throw error
        }
        do {
            try evidence.keep(uploads)
        } catch {
            throw EvidenceFileError.cannotStore(detail: "\(error)")
        }
        return result
    }
}
