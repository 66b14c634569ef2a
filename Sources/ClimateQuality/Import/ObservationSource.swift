import Foundation

/// Where the bytes of an import file come from: bytes already in memory (a console upload) or a file
/// on disk, which is read block by block so that its size does not matter.
public enum ObservationSource: Sendable {
    case bytes(Data)
    case file(path: String)

    /// The number of bytes, for progress; nil when a file cannot be examined.
    public var size: Int? {
        switch self {
        case .bytes(let data): data.count
        case .file(let path): (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        }
    }

    /// Opens the bytes for reading from the start.
    func open() throws -> ByteReader {
        switch self {
        case .bytes(let data): return ByteReader(data: data)
        case .file(let path):
            let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw ObservationSourceError(path: path, errorNumber: errno) }
            return ByteReader(descriptor: descriptor, path: path)
        }
    }

    /// Reads an `ObservationSource` into a caller's buffer, closing a file when it is released.
    final class ByteReader {
        private let data: Data?
        private let descriptor: Int32
        private let path: String
        private var offset = 0

        init(data: Data) {
            self.data = data
            descriptor = -1
            path = ""
        }

        init(descriptor: Int32, path: String) {
            data = nil
            self.descriptor = descriptor
            self.path = path
        }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }

        /// Fills `buffer` as far as the bytes go; fewer bytes than its size only at the end.
        func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            if let data {
                let count = min(buffer.count, data.count - offset)
                guard count > 0 else { return 0 }
                data.withUnsafeBytes { bytes in
                    buffer.baseAddress!.copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
                }
                offset += count
                return count
            }
            var filled = 0
            while filled < buffer.count {
                let count = Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw ObservationSourceError(path: path, errorNumber: errno)
                }
                filled += count
            }
            return filled
        }
    }
}
