import Foundation
import NIOCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The streaming multipart reader: fields and files whatever the chunking, limits, and broken framing.
@Suite struct MultipartFormReaderTests {
    let store = EvidenceStore(folder: FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-evidence-\(UUID().uuidString)"))

    func read(_ body: MultipartBody, chunk: Int, limits: UploadLimits = UploadLimits()) async throws -> StagedMultipartForm {
        let reader = try #require(MultipartFormReader(contentType: MultipartBody.contentType, limits: limits, store: store))
        let bytes = Array(body.buffer.readableBytesView)
        let chunks = stride(from: 0, to: bytes.count, by: chunk).map { ByteBuffer(bytes: bytes[$0..<min(bytes.count, $0 + chunk)]) }
        return try await reader.read(AsyncStream { continuation in
            for piece in chunks { continuation.yield(piece) }
            continuation.finish()
        })
    }

    @Test(arguments: [1, 7, 64, 100_000])
    func fieldsAndFilesAreReadWhateverTheChunks(chunk: Int) async throws {
        var body = MultipartBody()
        body.field("name", "延庆\r\n葡萄")
        body.file("scan", fileName: "C:\\scans\\检测报告.pdf", type: "application/pdf", SampleFiles.pdf)
        body.file("empty", fileName: "", Data())
        body.field("after", "后")
        let form = try await read(body, chunk: chunk)
        #expect(form.fields["name"] == ["延庆\r\n葡萄"])
        #expect(form.fields["after"] == ["后"])
        #expect(form.files["empty"] == nil)
        let staged = try #require(try form.files["scan"]?.upload.get())
        #expect(staged.mediaType == .pdf && staged.sizeBytes == SampleFiles.pdf.count)
        #expect(try staged.record(fileName: form.files["scan"]!.fileName).fileName == "检测报告.pdf")
        store.discard(form.staged)
    }

    @Test func aFileOverItsLimitIsRefusedAndTheRestOfTheFormStillRead() async throws {
        var body = MultipartBody()
        body.file("scan", fileName: "big.pdf", SampleFiles.pdf(megabytes: 2))
        body.field("after", "读到了")
        let form = try await read(body, chunk: 65_536, limits: UploadLimits(fileBytes: 1024 * 1024))
        #expect(form.fields["after"] == ["读到了"])
        guard case .failure(.tooLarge(let limit))? = form.files["scan"]?.upload else { Issue.record("not refused"); return }
        #expect(limit == 1024 * 1024)
        let staging = store.folder.appendingPathComponent("staging").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging).isEmpty)
    }

    @Test func aBodyOverTheRequestLimitOrWithBrokenFramingIsRefused() async throws {
        var body = MultipartBody()
        body.file("scan", fileName: "big.pdf", SampleFiles.pdf(megabytes: 1))
        await #expect(throws: MultipartFormReader.Failure.tooLarge) {
            try await read(body, chunk: 65_536, limits: UploadLimits(fileBytes: 100, bodyBytes: 512 * 1024))
        }
        let reader = try #require(MultipartFormReader(contentType: MultipartBody.contentType, limits: UploadLimits(), store: store))
        await #expect(throws: MultipartFormReader.Failure.malformed) {
            try await reader.read(AsyncStream { continuation in
                continuation.yield(ByteBuffer(string: "--\(MultipartBody.boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end"))
                continuation.finish()
            })
        }
        #expect(MultipartFormReader(contentType: "application/x-www-form-urlencoded", limits: UploadLimits(), store: store) == nil)
    }
}
