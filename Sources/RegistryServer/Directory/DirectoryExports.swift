import Hummingbird
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `GET /directory.csv`: every licence matching the search, as a spreadsheet.
    func directoryCSV(_ request: Request) async throws -> Response {
        try await export(request, route: "directory.csv") { entries, day in
            CachedAnswer(headers: [.contentType: "text/csv; charset=utf-8",
                                   .contentDisposition: "attachment; filename=\"oxlabel-directory-\(day).csv\""],
                         body: ByteBuffer(string: DirectoryCSV.render(entries)))
        }
    }

    /// `GET /directory.json`: every licence matching the search, as JSON.
    func directoryJSON(_ request: Request) async throws -> Response {
        try await export(request, route: "directory.json") { entries, _ in
            CachedAnswer(headers: [.contentType: "application/json; charset=utf-8"],
                         body: ByteBuffer(bytes: try Response.jsonEncoder.encode(DirectoryDocument(all: entries))))
        }
    }

    /// An export of every licence matching the search, read and encoded on the render pool and kept in
    /// the render cache per search until the registry changes or the day ends.
    private func export(_ request: Request, route: String,
                        encode: @escaping @Sendable ([DirectoryEntry], Day) throws -> CachedAnswer) async throws -> Response {
        let query = try DirectoryQuery(request, defaultPageSize: configuration.pageSize)
        let (stamp, day) = try reads.quick { (try $0.changeStamp(), $0.today) }
        let key = RenderCache.Key(route: route, subject: query.items().joined(separator: "&"), stamp: stamp, day: day, language: Language(request))
        let (registry, pool, filter) = (reads.registry, renderPool, query.filter)
        return try await rendered.answer(key) {
            try await pool.run { try encode(try registry.read { try $0.directoryEntries(filter) }, day) }
        }.response
    }
}
