import GRDB

extension RegistryTransaction {
    /// How many labels of a batch were scanned, and how many of them while voided or destroyed, from
    /// the scan log (a read transaction's connection has it attached).
    func scannedLabelCounts(batchID: Int64) throws -> (scanned: Int, whileVoided: Int) {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT COUNT(*), COALESCE(SUM(scans_while_voided > 0), 0) FROM scan_log.scanned_labels WHERE batch_id = ?
            """), arguments: [batchID]) else { return (0, 0) }
        return (row[0], row[1])
    }
}
