import Foundation
import NIOCore
import RegistryCore
import RegistryStore

/// Reads a `multipart/form-data` body as it arrives: text fields are kept (each bounded), file parts are
/// streamed into evidence uploads. A file past its limit is counted but not written, so that the form can
/// still be read to its end and answered with a message next to the field.
struct MultipartFormReader {
    /// The delimiter before every part: CRLF, `--` and the boundary.
    private let delimiter: [UInt8]
    private let limits: UploadLimits
    private let store: EvidenceStore

    /// A body that cannot be read as a form.
    enum Failure: Error, Equatable {
        /// Not multipart, or broken framing.
        case malformed
        /// More than `UploadLimits.bodyBytes`, or a text field beyond `UploadLimits.fieldBytes`.
        case tooLarge
    }

    /// A reader for a request's `Content-Type`, or nil when it is not `multipart/form-data` with a boundary.
    init?(contentType: String?, limits: UploadLimits, store: EvidenceStore) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
              let boundary = Self.parameters(contentType)["boundary"], (1...70).contains(boundary.utf8.count) else { return nil }
        delimiter = Array("\r\n--\(boundary)".utf8)
        self.limits = limits
        self.store = store
    }

    /// Reads the whole body. Staged uploads are deleted again when reading fails.
    func read<Body: AsyncSequence>(_ body: Body) async throws -> StagedMultipartForm where Body.Element == ByteBuffer {
        var parser = Parser(delimiter: delimiter, limits: limits, store: store)
        do {
            // The first delimiter has no CRLF before it; supplying one lets every delimiter look the same.
            try parser.consume([0x0D, 0x0A])
            var total = 0
            for try await chunk in body {
                total += chunk.readableBytes
                guard total <= limits.bodyBytes else { throw Failure.tooLarge }
                try parser.consume(chunk.readableBytesView)
            }
            guard parser.isComplete else { throw Failure.malformed }
            return parser.form
        } catch {
            parser.cancel()
            throw error
        }
    }

    /// The `key=value` parameters after the first `;` of a header value, keys lower-cased, quotes removed.
    static func parameters(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in header {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            result[key] = value
        }
        return result
    }

    /// The framing state machine over the bytes not yet consumed.
    private struct Parser {
        let delimiter: [UInt8]
        let limits: UploadLimits
        let store: EvidenceStore
        var form = StagedMultipartForm()
        private var pending: [UInt8] = []
        private var state = State.preamble

        private enum State {
            case preamble
            case afterDelimiter
            case headers
            case text(name: String, value: [UInt8])
            case file(name: String, fileName: String, upload: EvidenceUpload?)
            case done
        }

        init(delimiter: [UInt8], limits: UploadLimits, store: EvidenceStore) {
            self.delimiter = delimiter
            self.limits = limits
            self.store = store
        }

        var isComplete: Bool {
            if case .done = state { true } else { false }
        }

        mutating func consume(_ bytes: some Collection<UInt8>) throws {
            pending.append(contentsOf: bytes)
            while try step() {}
        }

        /// Deletes every upload staged or in progress.
        mutating func cancel() {
            if case .file(_, _, let upload?) = state { upload.cancel() }
            store.discard(form.staged)
            state = .done
        }

        /// Advances as far as the pending bytes allow; false when more bytes are needed.
        private mutating func step() throws -> Bool {
            switch state {
            case .done:
                pending.removeAll()
                return false
            case .preamble:
                guard let found = find(delimiter) else {
                    pending.removeFirst(max(0, pending.count - delimiter.count + 1))
                    return false
                }
                pending.removeFirst(found + delimiter.count)
                state = .afterDelimiter
                return true
            case .afterDelimiter:
                guard pending.count >= 2 else { return false }
                if pending[0] == 0x2D, pending[1] == 0x2D {
                    state = .done
                } else if pending[0] == 0x0D, pending[1] == 0x0A {
                    state = .headers
                } else {
                    throw Failure.malformed
                }
                pending.removeFirst(2)
                return true
            case .headers:
                guard let end = find([0x0D, 0x0A, 0x0D, 0x0A]) else {
                    guard pending.count <= 16 * 1024 else { throw Failure.malformed }
                    return false
                }
                let headers = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeFirst(end + 4)
                try begin(headers: headers)
                return true
            case .text, .file:
                if let found = find(delimiter) {
                    try take(pending[..<found])
                    pending.removeFirst(found + delimiter.count)
                    try finishPart()
                    state = .afterDelimiter
                    return true
                }
                let safe = max(0, pending.count - delimiter.count + 1)
                try take(pending[..<safe])
                pending.removeFirst(safe)
                return false
            }
        }

        private mutating func begin(headers: String) throws {
            let disposition = headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") }
            guard let disposition else { throw Failure.malformed }
            let parameters = MultipartFormReader.parameters(String(disposition))
            guard let name = parameters["name"] else { throw Failure.malformed }
            if let fileName = parameters["filename"] {
                state = .file(name: name, fileName: fileName, upload: nil)
            } else {
                state = .text(name: name, value: [])
            }
        }

        private mutating func take(_ bytes: ArraySlice<UInt8>) throws {
            guard !bytes.isEmpty else { return }
            switch state {
            case .text(let name, var value):
                value.append(contentsOf: bytes)
                guard value.count <= limits.fieldBytes else { throw Failure.tooLarge }
                state = .text(name: name, value: value)
            case .file(let name, let fileName, let current):
                let upload = try current ?? store.stage(limitBytes: limits.fileBytes)
                try upload.append(bytes)
                state = .file(name: name, fileName: fileName, upload: upload)
            default:
                break
            }
        }

        private mutating func finishPart() throws {
            switch state {
            case .text(let name, let value):
                form.fields[name, default: []].append(String(decoding: value, as: UTF8.self))
            case .file(let name, let fileName, let upload):
                if let upload {
                    if case .success(let earlier)? = form.files[name]?.upload { store.discard([earlier]) }
                    form.files[name] = .init(fileName: fileName, upload: Result { () throws(EvidenceFileError) in try upload.finish() })
                } else if !fileName.isEmpty {
                    form.files[name] = .init(fileName: fileName, upload: .failure(.empty))
                }
            default:
                break
            }
        }

        /// The offset of the first occurrence of a byte sequence in the pending bytes (memchr to each
        /// candidate first byte, memcmp for the rest).
        private func find(_ needle: [UInt8]) -> Int? {
            pending.withUnsafeBytes { haystack in
                needle.withUnsafeBytes { needle in
                    guard let base = haystack.baseAddress, let wanted = needle.baseAddress, haystack.count >= needle.count else { return nil }
                    let last = haystack.count - needle.count
                    var offset = 0
                    while offset <= last {
                        guard let hit = memchr(base + offset, Int32(needle[0]), last - offset + 1) else { return nil }
                        let position = base.distance(to: UnsafeRawPointer(hit))
                        if memcmp(hit, wanted, needle.count) == 0 { return position }
                        offset = position + 1
                    }
                    return nil
                }
            }
        }
    }
}
