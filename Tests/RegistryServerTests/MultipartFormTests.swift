import Foundation
import NIOCore
import RegistryCore
import RegistryStore
import Testing
@testable import RegistryServer

/// The console's `multipart/form-data` reader in both its uses: files held in memory (the data section's
/// uploads) and files staged as evidence (the application intake), whatever the chunks, with its limits
/// and the bodies it refuses.
@Suite struct MultipartFormTests {
    let store = EvidenceStore(folder: FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-evidence-\(UUID().uuidString)"))

    /// Reads `bytes` arriving in pieces of `chunk` bytes.
    func read<Files: MultipartFileReceiver>(_ bytes: Data, into files: Files, chunk: Int = 65_536, limits: UploadLimits = UploadLimits())
        async throws -> MultipartForm<Files.Received> {
        let reader = try #require(MultipartFormReader(contentType: MultipartBody.contentType, limits: limits))
        let pieces = stride(from: 0, to: bytes.count, by: chunk).map { ByteBuffer(bytes: bytes[$0..<min(bytes.count, $0 + chunk)]) }
        return try await reader.read(AsyncStream { continuation in
            for piece in pieces { continuation.yield(piece) }
            continuation.finish()
        }, into: files)
    }

    /// Reads a whole form.
    func read<Files: MultipartFileReceiver>(_ body: MultipartBody, into files: Files, chunk: Int = 65_536, limits: UploadLimits = UploadLimits())
        async throws -> MultipartForm<Files.Received> {
        try await read(Data(body.buffer.readableBytesView), into: files, chunk: chunk, limits: limits)
    }

    /// The uploads left in the evidence staging folder.
    var staged: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: store.folder.appendingPathComponent("staging").path)) ?? []
    }

    /// A PDF whose tail looks like the start of a delimiter (CR LF, dashes, most of the boundary).
    static let scan = SampleFiles.pdf + Data([0xFF, 0x00, 0x0D, 0x0A, 0x2D, 0x2D]) + Data(MultipartBody.boundary.dropLast().utf8) + Data("\r\n".utf8)

    static func form() -> MultipartBody {
        var body = MultipartBody()
        body.field("name", "延庆\r\n葡萄")
        body.file("scan", fileName: "C:\\scans\\检测报告.pdf", type: "application/pdf", scan)
        body.file("empty", fileName: "", Data())
        body.field("after", "后")
        return body
    }

    @Test(arguments: [1, 7, 64, 100_000])
    func fieldsAndFilesAreReadInMemoryWhateverTheChunks(chunk: Int) async throws {
        let form = try await read(Self.form(), into: InMemoryFiles(), chunk: chunk)
        #expect(form.fields["name"] == ["延庆\r\n葡萄"])
        #expect(form.text["after"] == "后")
        #expect(form.files["empty"] == nil)
        let file = try #require(form.files["scan"])
        #expect(file.fileName == "C:\\scans\\检测报告.pdf")
        #expect(file.content == Self.scan)
    }

    @Test(arguments: [1, 7, 64, 100_000])
    func fieldsAndFilesAreStagedAsEvidenceWhateverTheChunks(chunk: Int) async throws {
        let form = try await read(Self.form(), into: store, chunk: chunk)
        #expect(form.fields["name"] == ["延庆\r\n葡萄"])
        #expect(form.text["after"] == "后")
        #expect(form.files["empty"] == nil)
        let file = try #require(form.files["scan"])
        let upload = try file.content.get()
        #expect(upload.mediaType == .pdf && upload.sizeBytes == Self.scan.count)
        #expect(try upload.record(fileName: file.fileName).fileName == "检测报告.pdf")
        #expect(staged.count == 1)
        store.release(form)
        #expect(staged.isEmpty)
    }

    @Test func aFileChosenButEmptyIsPresentWithoutBytes() async throws {
        var body = MultipartBody()
        body.file("file", fileName: "empty.csv", Data())
        #expect(try await read(body, into: InMemoryFiles()).files["file"]?.content == Data())
        let outcome = try await read(body, into: store).files["file"]?.content
        #expect(outcome.map { if case .failure(.empty) = $0 { true } else { false } } == true)
    }

    @Test(arguments: [1, 64, 100_000])
    func aBodyWithoutItsFinalBoundaryIsRefusedAndNothingStaysStaged(chunk: Int) async throws {
        let body = Self.form()
        for bytes in [body.data, body.data.prefix(body.data.count - 10), Data(body.buffer.readableBytesView).dropLast(4)] {
            await #expect(throws: MultipartFormReader.Failure.malformed) { try await read(bytes, into: InMemoryFiles(), chunk: chunk) }
            await #expect(throws: MultipartFormReader.Failure.malformed) { try await read(bytes, into: store, chunk: chunk) }
        }
        #expect(staged.isEmpty)
    }

    @Test func anEvidenceFileOverItsLimitIsRefusedBesideItsFieldAndTheRestStillRead() async throws {
        var body = MultipartBody()
        body.file("scan", fileName: "big.pdf", SampleFiles.pdf(megabytes: 2))
        body.field("after", "读到了")
        let form = try await read(body, into: store, limits: UploadLimits(fileBytes: 1024 * 1024))
        #expect(form.fields["after"] == ["读到了"])
        guard case .failure(.tooLarge(let limit))? = form.files["scan"]?.content else { Issue.record("not refused"); return }
        #expect(limit == 1024 * 1024)
        #expect(staged.isEmpty)
    }

    @Test func aFileHeldInMemoryOverItsLimitRefusesTheRequestNamingTheFileLimit() async throws {
        var body = MultipartBody()
        body.field("kind", "hourly")
        body.file("file", fileName: "big.csv", Data(repeating: 0x41, count: 1025))
        await #expect(throws: MultipartFormReader.Failure.tooLarge(limit: 1024)) {
            try await read(body, into: InMemoryFiles(), chunk: 100, limits: .inMemory(fileBytes: 1024))
        }
        var fits = MultipartBody()
        fits.file("file", fileName: "small.csv", Data(repeating: 0x41, count: 1024))
        #expect(try await read(fits, into: InMemoryFiles(), limits: .inMemory(fileBytes: 1024)).files["file"]?.content.count == 1024)
    }

    @Test func aBodyOrTextFieldOverItsLimitRefusesTheRequestNamingThatLimit() async throws {
        var large = MultipartBody()
        large.file("scan", fileName: "big.pdf", SampleFiles.pdf(megabytes: 1))
        let small = UploadLimits(fileBytes: 2 * 1024 * 1024, fieldBytes: 16, bodyBytes: 512 * 1024)
        await #expect(throws: MultipartFormReader.Failure.tooLarge(limit: 512 * 1024)) { try await read(large, into: store, limits: small) }
        await #expect(throws: MultipartFormReader.Failure.tooLarge(limit: 512 * 1024)) { try await read(large, into: InMemoryFiles(), limits: small) }
        var wordy = MultipartBody()
        wordy.field("note", String(repeating: "字", count: 6))
        await #expect(throws: MultipartFormReader.Failure.tooLarge(limit: 16)) { try await read(wordy, into: store, limits: small) }
        await #expect(throws: MultipartFormReader.Failure.tooLarge(limit: 16)) { try await read(wordy, into: InMemoryFiles(), limits: small) }
        #expect(staged.isEmpty)
    }

    @Test func textThatIsNotUTF8IsReadAsReplacementCharactersThatTextInputRefuses() async throws {
        var body = MultipartBody()
        body.field("kind", bytes: Data([0x68, 0xFF, 0xFE, 0x72]))
        body.file("file", fileName: "a.csv", Data([0xFF, 0xFE]))
        let inMemory = try await read(body, into: InMemoryFiles(), chunk: 3)
        let staging = try await read(body, into: store, chunk: 3)
        for text in [inMemory.text, staging.text] {
            #expect(text["kind"] == "h\u{FFFD}\u{FFFD}r")
            #expect(throws: FieldError.notUTF8(field: FieldName("类别", "kind"))) {
                try TextInput.required(text["kind"], field: FieldName("类别", "kind"), maxLength: 20)
            }
        }
        #expect(inMemory.files["file"]?.content == Data([0xFF, 0xFE]))
        store.release(staging)
    }

    @Test(arguments: [nil, "text/plain", "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; charset=utf-8",
                      "application/x-www-form-urlencoded", "multipart/form-data; boundary=\(String(repeating: "b", count: 71))"])
    func aContentTypeWithoutABoundaryIsRefused(contentType: String?) {
        #expect(MultipartFormReader(contentType: contentType, limits: UploadLimits()) == nil)
    }

    @Test func aQuotedBoundaryIsRead() async throws {
        var body = MultipartBody()
        body.field("kind", "daily")
        let reader = try #require(MultipartFormReader(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"\(MultipartBody.boundary)\"",
                                                      limits: UploadLimits()))
        let form = try await reader.read(AsyncStream { continuation in
            continuation.yield(body.buffer)
            continuation.finish()
        }, into: InMemoryFiles())
        #expect(form.text["kind"] == "daily")
    }
}
