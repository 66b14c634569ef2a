/// How much a console upload form (`multipart/form-data`) may carry: each file, each text field and the
/// whole request.
public struct UploadLimits: Sendable, Hashable {
    /// The largest file, in bytes; what happens to a larger one is up to where the files go.
    public var fileBytes: Int
    /// The largest text field, in bytes; a larger one refuses the request as too large.
    public var fieldBytes: Int
    /// The most that is read of one upload request; beyond it the request is refused as too large.
    public var bodyBytes: Int

    /// 20 MB per file, 64 KB per text field, 256 MB per request (the evidence uploads' defaults).
    public init(fileBytes: Int = 20 * 1024 * 1024, fieldBytes: Int = 64 * 1024, bodyBytes: Int = 256 * 1024 * 1024) {
        self.fileBytes = fileBytes
        self.fieldBytes = fieldBytes
        self.bodyBytes = bodyBytes
    }

    /// The limits of a form whose file is held in memory: the file up to `fileBytes`, the text fields and
    /// the framing up to 64 KB besides.
    static func inMemory(fileBytes: Int) -> UploadLimits {
        UploadLimits(fileBytes: fileBytes, fieldBytes: 64 * 1024, bodyBytes: fileBytes + 64 * 1024)
    }
}
