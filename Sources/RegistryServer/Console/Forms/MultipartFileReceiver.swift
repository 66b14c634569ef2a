/// Where `MultipartFormReader` puts the bytes of file parts, and what it makes of a file too large: kept
/// in memory, or staged as an evidence upload.
protocol MultipartFileReceiver: Sendable {
    /// A file part being received.
    associatedtype Receiving
    /// What a file part became.
    associatedtype Received

    /// Starts receiving a file part of at most `limitBytes`, at its first byte.
    func start(limitBytes: Int) throws -> Receiving
    /// Takes the next bytes of a file part; throws `MultipartFormReader.Failure.tooLarge` to refuse the request.
    func append(_ bytes: ArraySlice<UInt8>, to file: inout Receiving) throws
    /// The outcome of a file part; `file` is nil when the part had no bytes.
    func finish(_ file: Receiving?) -> Received
    /// Abandons a file part the reader will not finish.
    func cancel(_ file: Receiving)
    /// Lets go of a received file nobody kept.
    func release(_ file: Received)
}

extension MultipartFileReceiver {
    /// Lets go of every file of a form; those already kept elsewhere are not touched.
    func release(_ form: MultipartForm<Received>) {
        for file in form.files.values { release(file.content) }
    }
}
