import Hummingbird
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `GET /directory.csv`: every licence matching the search, as a spreadsheet.
    func directoryCSV(_ request: Request) async throws -> Response {
        let entries = try await matchingEntries(request)
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"oxlabel-directory-\(today).csv\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: DirectoryCSV.render(entries))))
    }

    /// `GET /directory.json`: every licence matching the search, as JSON.
    func directoryJSON(_ request: Request) async throws -> Response {
        .json(DirectoryDocument(all: try await matchingEntries(request)))
    }

    private var today: Day { Day(reads.registry.configuration.clock()) }

    private func matchingEntries(_ request: Request) async throws -> [DirectoryEntry] {
        let filter = try DirectoryQuery(request, defaultPageSize: configuration.pageSize).filter
        return try await reads.long { try $0.directoryEntries(filter) }
    }
}
