import Foundation
import GRDB
import RegistryCore

/// The scan log: its own SQLite file beside the registry (`<registry>.scans.sqlite`, WAL, readable by
/// its owner only), with its own schema and its own writer connection, so that no registry write can
/// delay a scan and no burst of scans can delay the registry. The registry's read connections attach it
/// as `scan_log`, so that a label's page reads its label and its scan totals in one statement.
public final class ScanLog: Sendable {
    /// The file.
    public let path: String
    let writer: DatabaseQueue

    /// The scan log of a registry file.
    public static func path(beside registry: String) -> String { registry + ".scans.sqlite" }

    /// Opens (and creates or migrates) the scan log at a path; a new file is 0600.
    init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError.cannotOpen(path: path, detail: "cannot create the file")
            }
        }
        var configuration = Configuration()
        // Only a compaction or a backup by another process ever competes for this writer; a batch of
        // scans that waits longer goes back to the queue for the next attempt.
        configuration.busyMode = .timeout(5)
        configuration.journalMode = .wal
        writer = try DatabaseQueue(path: path, configuration: configuration)
        try ScanLogMigrations.migrator.migrate(writer)
        self.path = path
    }

    /// Appends scans to the log and updates the running totals of their labels and batches, in one
    /// transaction of the scan log. `facts` holds the registry's facts of every label the scans found;
    /// a scan of any other code (unknown, a typo) is only counted in its day's missed look-ups. Each
    /// label's and batch's totals are read and written once, however often the scans name it.
    func record(_ scans: [LabelScan], facts: [LabelCode: LabelScanFacts], heuristics: CopyHeuristics) throws {
        try writer.write { db in
            var labels: [LabelCode: ScannedLabelTotals] = [:], labelOrder: [(code: LabelCode, batchID: Int64)] = []
            var batches: [Int64: ScannedBatchTotals] = [:]
            var misses: [MissedLookupKey: Int] = [:]
            var rows: [ScanRow] = []
            rows.reserveCapacity(scans.count)
            for scan in scans {
                guard let code = scan.code, let fact = facts[code] else {
                    misses[MissedLookupKey(day: Day(scan.at).description, client: scan.client, outcome: scan.outcome.rawValue), default: 0] += 1
                    continue
                }
                let at = RegistryTransaction.milliseconds(scan.at)
                rows.append(ScanRow(at: at, code: code.storageBytes, batchID: fact.batchID, scan: scan))
                var label: ScannedLabelTotals
                if let known = labels[code] {
                    label = known
                } else {
                    labelOrder.append((code, fact.batchID))
                    label = try ScannedLabelTotals.stored(code: code.storageBytes, acknowledged: fact.acknowledged, heuristics: heuristics, in: db)
                }
                label.count(scan, at: at)
                labels[code] = label
                var batch = try batches[fact.batchID]
                    ?? ScannedBatchTotals.stored(batchID: fact.batchID, labels: fact.batchLabels, heuristics: heuristics, in: db)
                batch.count(scan)
                batches[fact.batchID] = batch
            }
            try ScanRow.insert(rows, in: db)
            for (code, batchID) in labelOrder {
                try labels[code]?.save(code: code.storageBytes, batchID: batchID, in: db)
            }
            for (batchID, totals) in batches.sorted(by: { $0.key < $1.key }) {
                try totals.save(batchID: batchID, in: db)
            }
            let miss = try db.cachedStatement(sql: """
                INSERT INTO missed_lookups(day, client, outcome, lookups) VALUES (?, ?, ?, ?)
                ON CONFLICT(day, client, outcome) DO UPDATE SET lookups = lookups + excluded.lookups
                """)
            for (key, count) in misses.sorted(by: { $0.key < $1.key }) {
                try miss.execute(arguments: [key.day, key.client, key.outcome, count])
            }
        }
    }

    /// Copies the live scan log to a new file (0600; refused when it exists) with SQLite's online
    /// backup, consistent even while scans are being written.
    public func backup(to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else { throw StoreError.backupTargetExists(path: destination) }
        guard FileManager.default.createFile(atPath: destination, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.cannotOpen(path: destination, detail: "cannot create the file")
        }
        try StoreError.wrapping {
            let target = try DatabaseQueue(path: destination)
            try writer.backup(to: target)
        }
    }
}

extension ScanLog {
    /// Attaches the scan log at `path` to a registry connection as `scan_log`, read-only when the
    /// connection is.
    static func attach(_ path: String, to db: Database) throws {
        try db.execute(sql: "ATTACH DATABASE ? AS scan_log", arguments: [path])
    }
}
