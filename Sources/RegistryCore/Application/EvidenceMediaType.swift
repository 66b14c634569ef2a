/// The file types accepted as evidence, recognised by their first bytes rather than by name or by what
/// the browser claims.
public enum EvidenceMediaType: String, Codable, Sendable, CaseIterable {
    case pdf
    case jpeg
    case png

    /// How many leading bytes `init?(leadingBytes:)` needs to decide.
    public static let signatureLength = 8

    /// Recognises a file by its signature: `%PDF-`, JPEG's SOI marker `FF D8 FF`, or PNG's eight bytes.
    public init?(leadingBytes bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(Self.signatureLength))
        if head.starts(with: Array("%PDF-".utf8)) {
            self = .pdf
        } else if head.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else {
            return nil
        }
    }

    /// The MIME type to serve the file with.
    public var mimeType: String {
        switch self {
        case .pdf: "application/pdf"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        }
    }

    /// The usual file name extension.
    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }
}
