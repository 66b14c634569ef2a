/// One page of directory entries and the number of entries matching the filter on every page.
public struct DirectoryPage: Sendable, Hashable {
    public var entries: [DirectoryEntry]
    public var total: Int
    /// The page number, from 1.
    public var page: Int
    public var pageSize: Int

    /// The number of pages (at least 1, so that an empty result still has a page).
    public var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }
}
