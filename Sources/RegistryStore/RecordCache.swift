/// Records already decoded in one transaction, so that a workflow step that reads an application, its
/// subject and operator several times decodes each once. Writes through the transaction update it; it
/// lives and dies with the transaction, so it never outlives a commit or a rollback.
final class RecordCache {
    private var records: [String: Any] = [:]

    /// The cached record, or the loaded one (remembered when found).
    func value<T>(_ key: String, load: () throws -> T?) rethrows -> T? {
        if let hit = records[key] as? T { return hit }
        let loaded = try load()
        if let loaded { records[key] = loaded }
        return loaded
    }

    /// Remembers a record just written.
    func store<T>(_ key: String, _ value: T) {
        records[key] = value
    }

    /// Forgets one record (a value derived from data just changed).
    func forget(_ key: String) {
        records[key] = nil
    }

    /// Forgets every record whose key starts with `prefix`.
    func forget(prefix: String) {
        records = records.filter { !$0.key.hasPrefix(prefix) }
    }
}
