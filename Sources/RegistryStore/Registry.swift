import Foundation
import GRDB
import RegistryCore

/// The registry's SQLite database (WAL mode, through GRDB). Every change runs in one transaction
/// together with its audit event, so a failure leaves nothing half-written. Its scan log is a file of
/// its own beside it (`ScanLog`), attached to the registry's read connections as `scan_log`; the
/// registry's writer connection never attaches it, so that a registry write never locks the scan log.
public final class Registry: Sendable {
    let pool: DatabasePool
    /// The scan log beside the registry.
    public let scanLog: ScanLog
    /// The rules, policy and clock the registry works with.
    public let configuration: RegistryConfiguration
    /// The database file.
    public let path: String
    /// Records decoded by any transaction, shared by all of them.
    let decoded = DecodedRecords()
    /// The verification page facts of recently scanned batches, for read transactions.
    let batchPageFacts = BatchPageFactsCache()
    /// The connections of the statement every scan runs.
    let labelPageConnections: LabelPageConnections

    /// Opens (and creates or migrates) the registry at a path and its scan log beside it; parent folders
    /// are created. A new file is readable by its owner only (0600): it holds operators' contact details.
    /// The scans of a registry from before the scan log had a file of its own move into it once; a
    /// registry without a recorded region title records the one of `rules/region-title.json`.
    public init(path: String, configuration: RegistryConfiguration) throws {
        let url = URL(fileURLWithPath: path)
        let scanLogPath = ScanLog.path(beside: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: path) {
                guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw StoreError.cannotOpen(path: path, detail: "cannot create the file")
                }
            }
            scanLog = try ScanLog(path: scanLogPath)
            var config = Configuration()
            config.busyMode = .timeout(30)
            config.prepareDatabase { db in
                if db.configuration.readonly { try ScanLog.attach(scanLogPath, to: db) }
            }
            pool = try DatabasePool(path: path, configuration: config)
            try Migrations.migrator.migrate(pool)
            if try pool.read({ try $0.tableExists("scans", in: "main") }) { try scanLog.moveScans(ofRegistry: path) }
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, detail: error.message ?? "\(error)")
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, detail: "\(error)")
        }
        self.path = path
        self.configuration = configuration
        labelPageConnections = LabelPageConnections(path: path, scanLogPath: scanLogPath)
        if try read({ try $0.regionTitleNeedsRecording() }) { try write { try $0.recordRegionTitleFromRules() } }
    }

    /// Runs changes in one immediate transaction: all of them land, or none.
    public func write<T>(_ body: (RegistryTransaction) throws -> T) throws -> T {
        let now = configuration.clock()
        return try StoreError.wrapping {
            try pool.write { db in try body(RegistryTransaction(db: db, configuration: configuration, now: now, decoded: decoded)) }
        }
    }

    /// Reads a consistent snapshot.
    public func read<T>(_ body: (RegistryTransaction) throws -> T) throws -> T {
        let now = configuration.clock()
        return try StoreError.wrapping {
            try pool.read { db in try body(transaction(db, now: now)) }
        }
    }

    /// A transaction over `db` at `now`.
    private func transaction(_ db: Database, now: Date) -> RegistryTransaction {
        RegistryTransaction(db: db, configuration: configuration, now: now, decoded: decoded, batchPageFacts: batchPageFacts)
    }

    /// A read that may also run inside another read or write of this registry on the same thread (it
    /// then reads on that one's connection): for what every page's frame reads, wherever it is made.
    public func readWithin<T>(_ body: (RegistryTransaction) throws -> T) throws -> T {
        let now = configuration.clock()
        return try StoreError.wrapping {
            try pool.unsafeReentrantRead { db in try body(transaction(db, now: now)) }
        }
    }

    /// Copies the live database to a new file with SQLite's online backup, consistent even while in
    /// use. The file is created readable by its owner only (0600) and never replaces an existing one;
    /// a backup that fails leaves no file behind.
    public func backup(to destination: String) throws {
        do {
            try PrivateFile.create(at: destination, contents: Data())
        } catch .exists {
            throw StoreError.backupTargetExists(path: destination)
        } catch .unwritable(let detail) {
            throw StoreError.cannotOpen(path: destination, detail: detail)
        }
        do {
            try StoreError.wrapping {
                let target = try DatabaseQueue(path: destination)
                try pool.backup(to: target)
                try target.close()
            }
        } catch {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
            throw error
        }
    }
}
