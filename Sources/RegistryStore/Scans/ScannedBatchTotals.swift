import Foundation
import GRDB
import RegistryCore

/// The running totals of one scanned batch (`scanned_batches`): scans of all its labels, and its window
/// of distinct clients with the copy signal they raised, read once per batch of scans and written once.
struct ScannedBatchTotals {
    private(set) var scans: Int64
    private(set) var window: ClientWindow
    private(set) var counted: Set<String> = []
    private(set) var latest: Date

    /// The stored totals of a batch of `labels` labels, or empty ones before its first scan.
    static func stored(batchID: Int64, labels: Int, heuristics: CopyHeuristics, in db: Database) throws -> ScannedBatchTotals {
        let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT scans, signal_since_ms, signal_until_ms, signal_clients FROM scanned_batches WHERE batch_id = ?
            """), arguments: [batchID])
        let window = ClientWindow(clients: try ClientWindowStorage.batch.clients(of: batchID, in: db),
                                  signal: row.flatMap { ClientWindowStorage.signal(since: $0[1], until: $0[2], clients: $0[3]) },
                                  window: heuristics.batchWindow, threshold: heuristics.batch.threshold(labels: labels), acknowledged: nil)
        return ScannedBatchTotals(scans: row?[0] ?? 0, window: window, latest: .distantPast)
    }

    /// Counts one more scan of a label of the batch.
    mutating func count(_ scan: LabelScan) {
        scans += 1
        window.count(client: scan.client, at: scan.at)
        counted.insert(scan.client)
        latest = max(latest, scan.at)
    }

    func save(batchID: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO scanned_batches(batch_id, scans, signal_since_ms, signal_until_ms, signal_clients) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(batch_id) DO UPDATE SET scans = excluded.scans, signal_since_ms = excluded.signal_since_ms,
                signal_until_ms = excluded.signal_until_ms, signal_clients = excluded.signal_clients
            """).execute(arguments: StatementArguments([batchID, scans] + ClientWindowStorage.columns(window.signal)))
        try ClientWindowStorage.batch.save(window, counted: counted, latest: latest, key: batchID, in: db)
    }
}
