import Foundation
import NIOCore
import Testing
@testable import RegistryServer

/// The console's `multipart/form-data` reader: fields, files with any bytes, and bodies it refuses.
@Suite struct MultipartFormTests {
    @Test func fieldsAndFilesAreReadWithTheirBytes() throws {
        var body = MultipartBody()
        body.field("kind", "hourly")
        body.field("note", "延庆 – 张山营")
        let bytes = Data([0xFF, 0x00, 0x0D, 0x0A, 0x2D, 0x2D, 0x41])
        body.file("file", fileName: "站点.csv", contentType: "text/csv", bytes)
        let form = try MultipartForm(body.closed, contentType: body.contentType)
        #expect(form["kind"] == "hourly")
        #expect(form["note"] == "延庆 – 张山营")
        let file = try #require(form.files["file"])
        #expect(file.fileName == "站点.csv")
        #expect(file.contentType == "text/csv")
        #expect(file.data == bytes)
    }

    @Test func anEmptyFileInputIsAbsent() throws {
        var body = MultipartBody()
        body.file("file", fileName: "", contentType: "application/octet-stream", Data())
        #expect(try MultipartForm(body.closed, contentType: body.contentType).files.isEmpty)
    }

    @Test(arguments: [nil, "text/plain", "multipart/form-data", "application/x-www-form-urlencoded"])
    func aBodyWithoutItsBoundaryIsRefused(contentType: String?) {
        var body = MultipartBody()
        body.field("kind", "hourly")
        #expect(throws: MultipartForm.Unreadable.self) { try MultipartForm(body.closed, contentType: contentType) }
    }

    @Test func aTruncatedBodyIsRefused() {
        var body = MultipartBody()
        body.file("file", fileName: "a.csv", contentType: "text/csv", Data("station_id,time\n".utf8))
        #expect(throws: MultipartForm.Unreadable.self) { try MultipartForm(ByteBuffer(bytes: body.data.prefix(body.data.count - 10)),
                                                                           contentType: body.contentType) }
    }
}
