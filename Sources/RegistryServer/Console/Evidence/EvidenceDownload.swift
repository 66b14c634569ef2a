import Hummingbird
import NIOCore
import RegistryCore

/// `/console/evidence/{sha256}`: an evidence file back as a download, for any signed-in member of staff,
/// with the content type its first bytes show. Only a digest of 64 lowercase hex digits names a file.
enum EvidenceDownload {
    static func register(on routes: ConsoleRoutes) {
        routes.get("evidence/{sha256}", access: .signedIn) { call in
            let digest = try call.parameter("sha256")
            guard let data = call.site.registry.evidence.contents(sha256: digest), let type = EvidenceMediaType(leadingBytes: data) else {
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
