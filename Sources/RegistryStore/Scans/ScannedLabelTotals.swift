import Foundation
import GRDB
import RegistryCore

/// The running totals of one scanned label (`scanned_labels`): first scan, scans, scans while voided,
/// and its window of distinct clients with the copy signal they raised. The scan writer reads a label's
/// row and window once per batch of scans, counts each scan here in order, and writes them once.
struct ScannedLabelTotals {
    private(set) var firstMs: Int64
    private(set) var scans: Int64
    private(set) var scansWhileVoided: Int64
    private(set) var window: ClientWindow
    /// The clients counted since the totals were read.
    private(set) var counted: Set<String> = []
    private(set) var latest: Date

    /// The stored totals of a label, or empty ones before its first scan; `acknowledged` is when staff
    /// last acknowledged its signals.
    static func stored(code: Data, acknowledged: Date?, heuristics: CopyHeuristics, in db: Database) throws -> ScannedLabelTotals {
        let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT first_ms, scans, scans_while_voided, signal_since_ms, signal_until_ms, signal_clients FROM scanned_labels WHERE code = ?
            """), arguments: [code])
        let window = ClientWindow(clients: try ClientWindowStorage.label.clients(of: code, in: db),
                                  signal: row.flatMap { ClientWindowStorage.signal(since: $0[3], until: $0[4], clients: $0[5]) },
                                  window: heuristics.labelWindow, threshold: heuristics.clients.minimumClients, acknowledged: acknowledged)
        return ScannedLabelTotals(firstMs: row?[0] ?? Int64.max, scans: row?[1] ?? 0, scansWhileVoided: row?[2] ?? 0, window: window,
                                  latest: .distantPast)
    }

    /// Counts one more scan.
    mutating func count(_ scan: LabelScan, at: Int64) {
        scans += 1
        firstMs = min(firstMs, at)
        if scan.outcome == .voided { scansWhileVoided += 1 }
        window.count(client: scan.client, at: scan.at)
        counted.insert(scan.client)
        latest = max(latest, scan.at)
    }

    /// Writes the totals and the window of a label of the batch with row number `batchID`.
    func save(code: Data, batchID: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO scanned_labels(code, batch_id, first_ms, scans, scans_while_voided, signal_since_ms, signal_until_ms, signal_clients)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET first_ms = excluded.first_ms, scans = excluded.scans, scans_while_voided = excluded.scans_while_voided,
                signal_since_ms = excluded.signal_since_ms, signal_until_ms = excluded.signal_until_ms, signal_clients = excluded.signal_clients
            """).execute(arguments: StatementArguments([code, batchID, firstMs, scans, scansWhileVoided] + ClientWindowStorage.columns(window.signal)))
        try ClientWindowStorage.label.save(window, counted: counted, latest: latest, key: code, in: db)
    }
}
