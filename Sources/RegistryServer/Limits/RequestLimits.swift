/// The largest request the public service reads. Its routes take no body, so a small one is plenty.
public struct RequestLimits: Sendable, Hashable {
    /// The path, in bytes, percent-encoded as received.
    public var maxPathBytes: Int
    /// The query string, in bytes.
    public var maxQueryBytes: Int
    /// The declared body size, in bytes.
    public var maxBodyBytes: Int

    public init(maxPathBytes: Int = 512, maxQueryBytes: Int = 1024, maxBodyBytes: Int = 16 * 1024) {
        self.maxPathBytes = maxPathBytes
        self.maxQueryBytes = maxQueryBytes
        self.maxBodyBytes = maxBodyBytes
    }
}
