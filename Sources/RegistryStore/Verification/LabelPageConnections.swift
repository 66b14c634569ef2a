import GRDB
import Synchronization

/// Read-only connections of their own for the statement every scan runs (`LabelPageRow`), each with
/// that statement prepared once. A read through the registry's pool opens and ends a transaction and
/// checks the schema version, several times the cost of that one statement; a single statement is its
/// own consistent snapshot, so these connections run it without a transaction. Connections are opened
/// as needed and at most `keptIdle` of them are kept between scans. Each attaches the scan log, read-only.
final class LabelPageConnections: Sendable {
    /// A connection and its prepared statement, used by one scan at a time (it is taken out of `idle`
    /// while in use), which is what makes it safe to hand between threads.
    private final class Connection: @unchecked Sendable {
        let queue: DatabaseQueue
        var statement: Statement?

        init(queue: DatabaseQueue) {
            self.queue = queue
        }
    }

    private let path: String
    private let scanLogPath: String
    private let idle = Mutex<[Connection]>([])
    static let keptIdle = 8
    /// The most of the database file a connection maps into memory.
    static let mappedBytes = 1 << 30

    init(path: String, scanLogPath: String) {
        self.path = path
        self.scanLogPath = scanLogPath
    }

    /// Runs `body` with the label page statement of an idle connection, or of a new one when all are busy.
    func read<T>(_ body: (Statement) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() } ?? open()
        defer { idle.withLock { if $0.count < Self.keptIdle { $0.append(connection) } } }
        return try connection.queue.inDatabase { db in
            if connection.statement == nil { connection.statement = try db.makeStatement(sql: LabelPageRow.sql) }
            return try body(connection.statement!)
        }
    }

    private func open() throws -> Connection {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        // Mapped pages: the scan log commits every fraction of a second, and each commit makes a
        // reader drop its page cache; mapped pages are read again without a system call.
        configuration.prepareDatabase { [scanLogPath] db in
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mappedBytes)")
            try ScanLog.attach(scanLogPath, to: db)
            try db.execute(sql: "PRAGMA scan_log.mmap_size = \(Self.mappedBytes)")
        }
        return Connection(queue: try DatabaseQueue(path: path, configuration: configuration))
    }
}
