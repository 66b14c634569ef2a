import Foundation

/// Keeps each file part's bytes in memory; a part past its limit refuses the whole request as too large
/// (413), naming the file limit.
struct InMemoryFiles: MultipartFileReceiver {
    /// The bytes of a file part so far, and how many it may have.
    struct Bytes {
        var data = Data()
        let limitBytes: Int
    }

    func start(limitBytes: Int) -> Bytes { Bytes(limitBytes: limitBytes) }

    func append(_ bytes: ArraySlice<UInt8>, to file: inout Bytes) throws {
        guard file.data.count + bytes.count <= file.limitBytes else { throw MultipartFormReader.Failure.tooLarge(limit: file.limitBytes) }
        file.data.append(contentsOf: bytes)
    }

    func finish(_ file: Bytes?) -> Data { file?.data ?? Data() }

    func cancel(_ file: Bytes) {}

    func release(_ file: Data) {}
}
