import Foundation
import GRDB
import RegistryCore

extension ScanLog {
    /// The Beijing day of a scan time in milliseconds, in SQL (Beijing has kept UTC+8 since 1992).
    static let beijingDaySQL = "date(at_ms / 1000 + 28800, 'unixepoch')"

    /// Rolls the raw scans before `firstKeptDay` (Beijing time) up into daily totals per label
    /// (`scan_days`), in one transaction. The running totals a page shows and the period counts of the
    /// statistics are unchanged by it.
    public func compact(before firstKeptDay: Day) throws -> ScanCompaction {
        let end = RegistryTransaction.milliseconds(firstKeptDay.start)
        return try StoreError.wrapping {
            try writer.write { db in
                let rawScans = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM scans WHERE at_ms < ?", arguments: [end]) ?? 0
                guard rawScans > 0 else { return ScanCompaction(firstKeptDay: firstKeptDay, rawScans: 0, labelDays: 0) }
                try db.execute(sql: """
                    INSERT INTO scan_days(code, day, batch_id, scans, scans_while_voided)
                    SELECT code, \(Self.beijingDaySQL), batch_id, COUNT(*), SUM(outcome = 'voided') FROM scans WHERE at_ms < ? GROUP BY 1, 2
                    ON CONFLICT(code, day) DO UPDATE SET scans = scans + excluded.scans, scans_while_voided = scans_while_voided + excluded.scans_while_voided
                    """, arguments: [end])
                let labelDays = db.changesCount
                try db.execute(sql: "DELETE FROM scans WHERE at_ms < ?", arguments: [end])
                return ScanCompaction(firstKeptDay: firstKeptDay, rawScans: rawScans, labelDays: labelDays)
            }
        }
    }
}
