/// A scanned document or photo attached to a piece of evidence, stored once under its SHA-256.
public struct EvidenceFile: Codable, Sendable, Hashable {
    /// The SHA-256 of the content, 64 lower-case hexadecimal digits; also its storage key.
    public let sha256: String
    public let sizeBytes: Int
    /// The name the file had on the uploader's computer, without any folder.
    public let fileName: String
    public let mediaType: EvidenceMediaType

    /// Longest file name kept.
    public static let maxFileNameLength = 200

    /// Checks the hash's form and keeps the last component of the file name (browsers may send a path).
    public init(sha256: String, sizeBytes: Int, fileName: String, mediaType: EvidenceMediaType) throws(FieldError) {
        guard Self.isSHA256(sha256) else {
            throw .invalid(field: .evidenceFile, chinese: "文件摘要无效", english: "not a SHA-256 digest")
        }
        let lastComponent = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        self.sha256 = sha256
        self.sizeBytes = sizeBytes
        self.fileName = try TextInput.optional(lastComponent, field: .evidenceFile, maxLength: Self.maxFileNameLength)
            ?? "\(sha256.prefix(12)).\(mediaType.fileExtension)"
        self.mediaType = mediaType
    }

    /// Whether a text is a SHA-256 digest as stored: 64 lower-case hexadecimal digits.
    public static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

extension FieldName {
    /// The file attached to a piece of evidence.
    public static let evidenceFile = FieldName("证明文件扫描件", "evidence file")
}
