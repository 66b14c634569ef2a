import Foundation
import NIOCore

/// Reads a `multipart/form-data` body as it arrives, whatever the chunks: text fields are kept (each
/// bounded), file parts handed to a `MultipartFileReceiver` (each bounded), the whole body bounded. Text
/// that is not UTF-8 becomes U+FFFD, which `TextInput` refuses; a file's bytes are kept as sent.
struct MultipartFormReader {
    /// The delimiter before every part: CRLF, `--` and the boundary.
    private let delimiter: [UInt8]
    private let limits: UploadLimits

    /// A body that cannot be read as a form.
    enum Failure: Error, Equatable {
        /// Not multipart, or broken framing (a missing final boundary among them).
        case malformed
        /// More than `UploadLimits.bodyBytes`, a text field beyond `UploadLimits.fieldBytes`, or a file its
        /// receiver refuses: `limit` is the limit passed.
        case tooLarge(limit: Int)
    }

    /// A reader for a request's `Content-Type`, or nil when it is not `multipart/form-data` with a boundary.
    init?(contentType: String?, limits: UploadLimits) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
              let boundary = Self.parameters(contentType)["boundary"], (1...70).contains(boundary.utf8.count) else { return nil }
        delimiter = Array("\r\n--\(boundary)".utf8)
        self.limits = limits
    }

    /// Reads the whole body, file parts into `files`. What `files` received is let go again when reading fails.
    func read<Body: AsyncSequence, Files: MultipartFileReceiver>(_ body: Body, into files: Files) async throws
        -> MultipartForm<Files.Received> where Body.Element == ByteBuffer {
        var parser = Parser(delimiter: delimiter, limits: limits, files: files)
        do {
            // The first delimiter has no CRLF before it; supplying one lets every delimiter look the same.
            try parser.consume([0x0D, 0x0A])
            var total = 0
            for try await chunk in body {
                total += chunk.readableBytes
                guard total <= limits.bodyBytes else { throw Failure.tooLarge(limit: limits.bodyBytes) }
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
    private static func parameters(_ header: String) -> [String: String] {
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
    private struct Parser<Files: MultipartFileReceiver> {
        let delimiter: [UInt8]
        let limits: UploadLimits
        let files: Files
        var form = MultipartForm<Files.Received>()
        private var pending: [UInt8] = []
        private var state = State.preamble

        private enum State {
            case preamble
            case afterDelimiter
            case headers
            case text(name: String, value: [UInt8])
            case file(name: String, fileName: String, receiving: Files.Receiving?)
            case done
        }

        init(delimiter: [UInt8], limits: UploadLimits, files: Files) {
            self.delimiter = delimiter
            self.limits = limits
            self.files = files
        }

        var isComplete: Bool {
            if case .done = state { true } else { false }
        }

        mutating func consume(_ bytes: some Collection<UInt8>) throws {
            pending.append(contentsOf: bytes)
            while try step() {}
        }

        /// Lets go of every file received or in progress.
        mutating func cancel() {
            if case .file(_, _, let receiving?) = state { files.cancel(receiving) }
            files.release(form)
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
                state = .file(name: name, fileName: fileName, receiving: nil)
            } else {
                state = .text(name: name, value: [])
            }
        }

        private mutating func take(_ bytes: ArraySlice<UInt8>) throws {
            guard !bytes.isEmpty else { return }
            switch state {
            case .text(let name, var value):
                value.append(contentsOf: bytes)
                guard value.count <= limits.fieldBytes else { throw Failure.tooLarge(limit: limits.fieldBytes) }
                state = .text(name: name, value: value)
            case .file(let name, let fileName, let current):
                var receiving = try current ?? files.start(limitBytes: limits.fileBytes)
                // Kept in the state even when appending fails, so that `cancel` lets go of it.
                defer { state = .file(name: name, fileName: fileName, receiving: receiving) }
                try files.append(bytes, to: &receiving)
            default:
                break
            }
        }

        private mutating func finishPart() throws {
            switch state {
            case .text(let name, let value):
                form.fields[name, default: []].append(String(decoding: value, as: UTF8.self))
            case .file(let name, let fileName, let receiving):
                guard receiving != nil || !fileName.isEmpty else { break }
                if let earlier = form.files[name] { files.release(earlier.content) }
                form.files[name] = .init(fileName: fileName, content: files.finish(receiving))
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
