/// The largest request the public service reads. Only the report form takes a body, so a small one is
/// plenty.
public struct RequestLimits: Sendable, Hashable {
    /// The path, in bytes, percent-encoded as received.
    public var maxPathBytes: Int
    /// The query string, in bytes.
    public var maxQueryBytes: Int
    /// The declared body size, in bytes.
    public var maxBodyBytes: Int
    /// The body of a report form, in bytes: 500 Chinese characters, percent-encoded, and the field names.
    public var maxReportBytes: Int
    /// All header fields together, in bytes, and how many fields; more is refused (400) as it is read.
    public var maxHeaderBytes: Int
    public var maxHeaderFields: Int
    /// How long a connection may stay idle before the server closes it, so idle clients cannot hold connections.
    public var idleTimeout: Duration
    /// How long a whole request (head and body) may take to arrive from its first byte; a connection
    /// whose request is still arriving then is closed, so a body sent a byte at a time cannot hold it.
    public var requestDeadline: Duration
    /// The request deadlines an operator may choose, in seconds.
    public static let requestDeadlineSeconds = 1...600
    /// How many connections are open at once; one more is closed as soon as it is accepted.
    public var maxConnections: Int

    public init(maxPathBytes: Int = 512, maxQueryBytes: Int = 1024, maxBodyBytes: Int = 16 * 1024, maxReportBytes: Int = 5 * 1024,
                maxHeaderBytes: Int = 16 * 1024, maxHeaderFields: Int = 100, idleTimeout: Duration = .seconds(30),
                requestDeadline: Duration = .seconds(30), maxConnections: Int = 2_000) {
        self.maxPathBytes = maxPathBytes
        self.maxQueryBytes = maxQueryBytes
        self.maxBodyBytes = maxBodyBytes
        self.maxReportBytes = maxReportBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderFields = maxHeaderFields
        self.idleTimeout = idleTimeout
        self.requestDeadline = requestDeadline
        self.maxConnections = maxConnections
    }
}
