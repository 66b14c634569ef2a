import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Appends scans to the log and updates the running totals of their labels and batches, in this
    /// transaction. `burstWindow` is the window of `ScanSummary.mostInOneWindow`, in seconds.
    public func recordScans(_ scans: [LabelScan], burstWindow: TimeInterval) throws {
        let findBatch = try db.cachedStatement(sql: "SELECT batch_id FROM labels WHERE code = ?")
        let insert = try db.cachedStatement(sql: "INSERT INTO scans(at_ms, code, batch_id, outcome, client) VALUES (?, ?, ?, ?, ?)")
        let label = try db.cachedStatement(sql: """
            INSERT INTO scanned_labels(code, batch_id, first_ms, scans, window_start_ms, window_scans, most_in_window, scans_while_voided)
            VALUES (:code, :batch, :at, 1, :at, 1, 1, :voided)
            ON CONFLICT(code) DO UPDATE SET
                scans = scans + 1,
                first_ms = MIN(first_ms, :at),
                window_scans = CASE WHEN :at - window_start_ms < :window THEN window_scans + 1 ELSE 1 END,
                window_start_ms = CASE WHEN :at - window_start_ms < :window THEN window_start_ms ELSE :at END,
                most_in_window = MAX(most_in_window, CASE WHEN :at - window_start_ms < :window THEN window_scans + 1 ELSE 1 END),
                scans_while_voided = scans_while_voided + :voided
            """)
        let batch = try db.cachedStatement(sql: """
            INSERT INTO scanned_batches(batch_id, scans) VALUES (?, 1) ON CONFLICT(batch_id) DO UPDATE SET scans = scans + 1
            """)
        let window = Int64(burstWindow * 1000)
        for scan in scans {
            let at = Self.milliseconds(scan.at)
            let bytes = scan.code?.storageBytes
            let batchID = try bytes.flatMap { try Int64.fetchOne(findBatch, arguments: [$0]) }
            try insert.execute(arguments: [at, bytes, batchID, scan.outcome.rawValue, scan.client])
            guard let bytes, let batchID else { continue }
            try label.execute(arguments: ["code": bytes, "batch": batchID, "at": at, "window": window, "voided": scan.outcome == .voided ? 1 : 0])
            try batch.execute(arguments: [batchID])
        }
    }

    /// The scan totals of a label in the batch with row number `batchID`.
    func scanSummary(of code: LabelCode, batchID: Int64) throws -> ScanSummary {
        var summary = ScanSummary()
        if let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT first_ms, scans, most_in_window, scans_while_voided FROM scanned_labels WHERE code = ?
            """), arguments: [code.storageBytes]) {
            summary.firstScan = Date(timeIntervalSince1970: Double(row[0] as Int64) / 1000)
            summary.scans = row[1]
            summary.mostInOneWindow = row[2]
            summary.scansWhileVoided = row[3]
        }
        summary.batchScans = try Int.fetchOne(try db.cachedStatement(sql: "SELECT scans FROM scanned_batches WHERE batch_id = ?"),
                                              arguments: [batchID]) ?? 0
        return summary
    }

    /// How many labels of a batch were scanned, and how many of them while voided or destroyed.
    func scannedLabelCounts(batchID: Int64) throws -> (scanned: Int, whileVoided: Int) {
        let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT COUNT(*), COALESCE(SUM(scans_while_voided > 0), 0) FROM scanned_labels WHERE batch_id = ?
            """), arguments: [batchID])!
        return (row[0], row[1])
    }
}
