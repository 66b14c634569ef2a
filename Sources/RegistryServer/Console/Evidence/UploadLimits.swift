/// How much a console upload form may carry.
public struct UploadLimits: Sendable, Hashable {
    /// The largest evidence file, in bytes; a larger one is refused next to its field.
    public var fileBytes: Int
    /// The largest text field of an upload form, in bytes.
    public var fieldBytes: Int
    /// The most that is read of one upload request; beyond it the request is refused as too large.
    public var bodyBytes: Int

    /// 20 MB per file, 64 KB per text field, 256 MB per request.
    public init(fileBytes: Int = 20 * 1024 * 1024, fieldBytes: Int = 64 * 1024, bodyBytes: Int = 256 * 1024 * 1024) {
        self.fileBytes = fileBytes
        self.fieldBytes = fieldBytes
        self.bodyBytes = bodyBytes
    }
}
