import Crypto
import Foundation
import RegistryCore

/// One evidence file arriving in pieces: written to a temporary file and hashed as it comes, refused once it
/// passes its size limit (the bytes beyond are not written).
public final class EvidenceUpload {
    private let file: URL
    private let handle: FileHandle
    private let limitBytes: Int
    private var hasher = SHA256()
    private var head: [UInt8] = []
    /// Bytes received so far, counting those beyond the limit.
    public private(set) var receivedBytes = 0

    init(file: URL, limitBytes: Int) throws(EvidenceFileError) {
        guard FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: file.path) else {
            throw .cannotStore(detail: "cannot create \(file.lastPathComponent)")
        }
        self.file = file
        self.handle = handle
        self.limitBytes = limitBytes
    }

    /// Whether more bytes arrived than the limit allows.
    public var isTooLarge: Bool { receivedBytes > limitBytes }

    /// Takes the next piece; beyond the limit pieces are only counted.
    public func append(_ bytes: some Collection<UInt8>) throws(EvidenceFileError) {
        receivedBytes += bytes.count
        guard !isTooLarge else { return }
        let data = Data(bytes)
        if head.count < EvidenceMediaType.signatureLength { head += data.prefix(EvidenceMediaType.signatureLength - head.count) }
        hasher.update(data: data)
        do { try handle.write(contentsOf: data) } catch { throw .cannotStore(detail: "\(error)") }
    }

    /// Ends the upload: the staged file when it is within the limit, not empty, and a PDF, JPEG or PNG;
    /// otherwise the temporary file is deleted and the reason thrown.
    public func finish() throws(EvidenceFileError) -> StagedEvidence {
        try? handle.close()
        let type = EvidenceMediaType(leadingBytes: head)
        let problem: EvidenceFileError? = isTooLarge ? .tooLarge(limitBytes: limitBytes) : receivedBytes == 0 ? .empty : type == nil ? .unsupportedType : nil
        guard problem == nil, let type else {
            try? FileManager.default.removeItem(at: file)
            throw problem ?? .unsupportedType
        }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return StagedEvidence(temporaryFile: file, sha256: digest, sizeBytes: receivedBytes, mediaType: type)
    }

    /// Abandons the upload and deletes what was written.
    public func cancel() {
        try? handle.close()
        try? FileManager.default.removeItem(at: file)
    }
}

/// An uploaded file waiting in the staging folder for the transaction that refers to it.
public struct StagedEvidence: Sendable, Hashable {
    let temporaryFile: URL
    public let sha256: String
    public let sizeBytes: Int
    public let mediaType: EvidenceMediaType

    /// The evidence file record for it, under the name it had on the uploader's computer.
    public func record(fileName: String) throws(FieldError) -> EvidenceFile {
        try EvidenceFile(sha256: sha256, sizeBytes: sizeBytes, fileName: fileName, mediaType: mediaType)
    }
}
