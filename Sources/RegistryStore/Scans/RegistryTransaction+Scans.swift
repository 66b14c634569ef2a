import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Appends scans to the log and updates the running totals of their labels and batches, in this
    /// transaction. `burstWindow` is the window of `ScanSummary.mostInOneWindow`, in seconds. Each
    /// label's and batch's totals are read and written once, however often the scans name it.
    public func recordScans(_ scans: [LabelScan], burstWindow: TimeInterval) throws {
        let findBatch = try db.cachedStatement(sql: "SELECT batch_id FROM labels WHERE code = ?")
        let window = Int64(burstWindow * 1000)
        var batchOfCode: [LabelCode: Int64?] = [:]
        var totals: [LabelCode: ScannedLabelTotals] = [:]
        var codesInOrder: [LabelCode] = []
        var batchScans: [Int64: Int] = [:]
        var rows: [ScanRow] = []
        rows.reserveCapacity(scans.count)
        for scan in scans {
            let at = Self.milliseconds(scan.at)
            guard let code = scan.code else {
                rows.append(ScanRow(at: at, code: nil, batchID: nil, scan: scan))
                continue
            }
            let bytes = code.storageBytes
            let batchID: Int64?
            if let known = batchOfCode[code] {
                batchID = known
            } else {
                batchID = try Int64.fetchOne(findBatch, arguments: [bytes])
                batchOfCode[code] = batchID
            }
            rows.append(ScanRow(at: at, code: bytes, batchID: batchID, scan: scan))
            guard let batchID else { continue }
            let voided = scan.outcome == .voided
            if totals[code] != nil {
                totals[code]!.count(at: at, voided: voided, window: window)
            } else {
                codesInOrder.append(code)
                if var stored = try ScannedLabelTotals.stored(code: bytes, in: db) {
                    stored.count(at: at, voided: voided, window: window)
                    totals[code] = stored
                } else {
                    totals[code] = ScannedLabelTotals(firstScanAt: at, voided: voided)
                }
            }
            batchScans[batchID, default: 0] += 1
        }
        try ScanRow.insert(rows, in: db)
        for code in codesInOrder {
            try totals[code]!.save(code: code.storageBytes, batchID: batchOfCode[code]!!, in: db)
        }
        let batch = try db.cachedStatement(sql: """
            INSERT INTO scanned_batches(batch_id, scans) VALUES (?, ?) ON CONFLICT(batch_id) DO UPDATE SET scans = scans + excluded.scans
            """)
        for (batchID, count) in batchScans.sorted(by: { $0.key < $1.key }) {
            try batch.execute(arguments: [batchID, count])
        }
    }

    /// How many labels of a batch were scanned, and how many of them while voided or destroyed.
    func scannedLabelCounts(batchID: Int64) throws -> (scanned: Int, whileVoided: Int) {
        let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT COUNT(*), COALESCE(SUM(scans_while_voided > 0), 0) FROM scanned_labels WHERE batch_id = ?
            """), arguments: [batchID])!
        return (row[0], row[1])
    }
}
