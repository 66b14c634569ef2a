import Foundation
import MultipartKit
import NIOCore

/// Reads a `multipart/form-data` body as it arrives, whatever the chunks, with MultipartKit's streaming
/// parser: text fields are kept (each bounded), file parts handed to a `MultipartFileReceiver` (each
/// bounded), the whole body bounded, and a body that stops before its final delimiter refused. Text
/// that is not UTF-8 becomes U+FFFD, which `TextInput` refuses; a file's bytes are kept as sent.
struct MultipartFormReader {
    private let boundary: String
    private let limits: UploadLimits

    /// The most bytes of a part's headers (or of a preamble) read before the form is refused as malformed.
    static let headerBytes = 16 * 1024

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
        self.boundary = boundary
        self.limits = limits
    }

    /// Reads the whole body, file parts into `files`. What `files` received is let go again when reading fails.
    func read<Body: AsyncSequence, Files: MultipartFileReceiver>(_ body: Body, into files: Files) async throws
        -> MultipartForm<Files.Received> where Body.Element == ByteBuffer {
        let parser = MultipartParser(boundary: boundary)
        let parts = Parts(limits: limits, files: files)
        parser.onHeader = { name, value in parts.header(name, value) }
        parser.onBody = { bytes in parts.body(bytes) }
        parser.onPartComplete = { parts.complete() }
        var ending = Ending(boundary: boundary)
        do {
            var total = 0
            for try await chunk in body {
                total += chunk.readableBytes
                guard total <= limits.bodyBytes else { throw Failure.tooLarge(limit: limits.bodyBytes) }
                parts.heard = false
                do { try parser.execute(chunk) } catch { throw Failure.malformed }
                try parts.check(afterReading: chunk.readableBytes)
                ending.follow(chunk)
            }
            guard ending.isClosed else { throw Failure.malformed }
            return parts.form
        } catch {
            parts.cancel()
            throw error
        }
    }

    /// The `key=value` parameters after the first `;` of a header value, keys lower-cased, quotes removed.
    fileprivate static func parameters(_ header: String) -> [String: String] {
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

    /// Whether the body has ended with its final delimiter (`--boundary--`, then at most line breaks and
    /// spaces): the last bytes seen, kept just long enough to tell.
    private struct Ending {
        let closing: [UInt8]
        private var tail: [UInt8] = []

        init(boundary: String) { closing = Array("--\(boundary)--".utf8) }

        mutating func follow(_ chunk: ByteBuffer) {
            tail.append(contentsOf: chunk.readableBytesView.suffix(closing.count + 64))
            if tail.count > closing.count + 64 { tail.removeFirst(tail.count - closing.count - 64) }
        }

        var isClosed: Bool {
            let trimmed = tail.reversed().drop { [0x0D, 0x0A, 0x20, 0x09].contains($0) }.reversed()
            return trimmed.count >= closing.count && Array(trimmed.suffix(closing.count)) == closing
        }
    }

    /// What the parser's events build: the part being read and the form so far. The first refusal is kept
    /// and thrown after the chunk that caused it; later events are ignored.
    private final class Parts<Files: MultipartFileReceiver> {
        let limits: UploadLimits
        let files: Files
        var form = MultipartForm<Files.Received>()
        /// Whether an event came during the current chunk.
        var heard = false
        private var headers: [(name: String, value: String)] = []
        private var part: Part?
        private var failure: Failure?
        /// Bytes read since the last event, outside a part's body (headers or preamble).
        private var silentBytes = 0

        private enum Part {
            case text(name: String, value: [UInt8])
            case file(name: String, fileName: String, receiving: Files.Receiving?)
        }

        init(limits: UploadLimits, files: Files) {
            self.limits = limits
            self.files = files
        }

        func header(_ name: String, _ value: String) {
            heard = true
            headers.append((name, value))
        }

        func body(_ bytes: ByteBuffer) {
            heard = true
            guard failure == nil, let part = current() else { return }
            switch part {
            case .text(let name, var value):
                value.append(contentsOf: bytes.readableBytesView)
                guard value.count <= limits.fieldBytes else { return refuse(.tooLarge(limit: limits.fieldBytes)) }
                self.part = .text(name: name, value: value)
            case .file(let name, let fileName, let existing):
                do {
                    var receiving = try existing ?? files.start(limitBytes: limits.fileBytes)
                    // Kept in the part even when appending fails, so that `cancel` lets go of it.
                    defer { self.part = .file(name: name, fileName: fileName, receiving: receiving) }
                    try files.append(ArraySlice(bytes.readableBytesView), to: &receiving)
                } catch let refusal as Failure {
                    refuse(refusal)
                } catch {
                    refuse(.malformed)
                }
            }
        }

        func complete() {
            heard = true
            guard failure == nil, let part = current() else { return }
            switch part {
            case .text(let name, let value):
                form.fields[name, default: []].append(String(decoding: value, as: UTF8.self))
            case .file(let name, let fileName, let receiving):
                if receiving != nil || !fileName.isEmpty {
                    if let earlier = form.files[name] { files.release(earlier.content) }
                    form.files[name] = .init(fileName: fileName, content: files.finish(receiving))
                }
            }
            self.part = nil
            headers = []
        }

        /// Throws the refusal an event recorded, or refuses a part's headers (or a preamble) that run on.
        func check(afterReading count: Int) throws {
            if let failure { throw failure }
            silentBytes = heard ? 0 : silentBytes + count
            guard part != nil || silentBytes <= MultipartFormReader.headerBytes else { throw Failure.malformed }
        }

        /// Lets go of every file received or in progress.
        func cancel() {
            if case .file(_, _, let receiving?) = part { files.cancel(receiving) }
            part = nil
            files.release(form)
            form = MultipartForm()
        }

        /// The part whose headers were read, made from its `Content-Disposition` on its first event.
        private func current() -> Part? {
            if let part { return part }
            let disposition = headers.first { $0.name.lowercased() == "content-disposition" }?.value
            let parameters = disposition.map { MultipartFormReader.parameters($0) } ?? [:]
            guard let name = parameters["name"] else {
                refuse(.malformed)
                return nil
            }
            part = parameters["filename"].map { .file(name: name, fileName: $0, receiving: nil) } ?? .text(name: name, value: [])
            return part
        }

        private func refuse(_ refusal: Failure) {
            if failure == nil { failure = refusal }
        }
    }
}
