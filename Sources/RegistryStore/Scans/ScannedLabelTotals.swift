import GRDB

/// The running totals of one scanned label (`scanned_labels`): first scan, scans, the tumbling burst
/// window (it restarts at the first scan after it ends) with the most scans any window held, and the
/// scans while voided. The scan writer reads a label's row once per batch of scans, counts each scan
/// here in order, and writes the row once.
struct ScannedLabelTotals {
    private(set) var firstMs: Int64
    private(set) var scans: Int64
    private(set) var windowStartMs: Int64
    private(set) var windowScans: Int64
    private(set) var mostInWindow: Int64
    private(set) var scansWhileVoided: Int64

    /// The totals after a label's first scan.
    init(firstScanAt at: Int64, voided: Bool) {
        firstMs = at
        scans = 1
        windowStartMs = at
        windowScans = 1
        mostInWindow = 1
        scansWhileVoided = voided ? 1 : 0
    }

    /// Counts one more scan at `at` (milliseconds); `window` is the burst window in milliseconds.
    mutating func count(at: Int64, voided: Bool, window: Int64) {
        scans += 1
        firstMs = min(firstMs, at)
        if at - windowStartMs < window {
            windowScans += 1
        } else {
            windowStartMs = at
            windowScans = 1
        }
        mostInWindow = max(mostInWindow, windowScans)
        if voided { scansWhileVoided += 1 }
    }

    /// The stored totals of a label, nil before its first scan.
    static func stored(code: DatabaseValueConvertible, in db: Database) throws -> ScannedLabelTotals? {
        try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT first_ms, scans, window_start_ms, window_scans, most_in_window, scans_while_voided FROM scanned_labels WHERE code = ?
            """), arguments: [code]).map { row in
            var totals = ScannedLabelTotals(firstScanAt: row[0], voided: false)
            totals.scans = row[1]
            totals.windowStartMs = row[2]
            totals.windowScans = row[3]
            totals.mostInWindow = row[4]
            totals.scansWhileVoided = row[5]
            return totals
        }
    }

    /// Writes the totals of a label of the batch with row number `batchID`.
    func save(code: DatabaseValueConvertible, batchID: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO scanned_labels(code, batch_id, first_ms, scans, window_start_ms, window_scans, most_in_window, scans_while_voided)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET first_ms = excluded.first_ms, scans = excluded.scans, window_start_ms = excluded.window_start_ms,
                window_scans = excluded.window_scans, most_in_window = excluded.most_in_window, scans_while_voided = excluded.scans_while_voided
            """).execute(arguments: [code, batchID, firstMs, scans, windowStartMs, windowScans, mostInWindow, scansWhileVoided])
    }
}
