import RegistryCore
import RegistryStore

/// The directory as JSON: one page (`/api/v1/directory`) or every match (`/directory.json`).
struct DirectoryDocument: Encodable {
    let total: Int
    let page: Int?
    let perPage: Int?
    let pageCount: Int?
    let entries: [LicenceDocument]

    init(_ result: DirectoryPage) {
        total = result.total
        page = result.page
        perPage = result.pageSize
        pageCount = result.pageCount
        entries = result.entries.map(LicenceDocument.init)
    }

    init(all entries: [DirectoryEntry]) {
        total = entries.count
        page = nil
        perPage = nil
        pageCount = nil
        self.entries = entries.map(LicenceDocument.init)
    }
}
