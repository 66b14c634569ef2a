import Hummingbird
import NIOCore
import RegistryCore

/// `/console/evidence/{sha256}`: an evidence file back as a download, for the roles that work on
/// applications (clerk, reviewer, approver, auditor), with the content type its first bytes show. Only
/// the digest of a file that is the scan of some application's evidence names a file; any other digest
/// gets the same 404 as a missing file.
enum EvidenceDownload {
    static func register(on routes: ConsoleRoutes) {
        routes.get("evidence/{sha256}", access: ApplicationPage.access) { call in
            let digest = try call.parameter("sha256")
            guard try call.read({ try $0.isApplicationEvidence(sha256: digest) }),
                  let data = call.site.registry.evidence.contents(sha256: digest), let type = EvidenceMediaType(leadingBytes: data) else {
                throw ConsoleRefusal.notFound
            }
            return Response(
                status: .ok,
                headers: [.contentType: type.mimeType, .contentDisposition: "attachment; filename=\"\(digest.prefix(16)).\(type.fileExtension)\"",
                          .cacheControl: "private, no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}
