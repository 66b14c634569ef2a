import GRDB

extension ScanLog {
    /// Moves the scans a registry kept in its own tables (`scans`, `scanned_labels`, `scanned_batches`,
    /// before the scan log had a file) into this file, and drops those tables, once: raw scans of labels
    /// stay raw, look-ups that found nothing become daily counts per client hint, and each label's and
    /// batch's totals keep their counts. One transaction over both files, the scan log's committed
    /// first; if the registry's part is lost (a crash between the two), the mark left in the scan log
    /// makes the next opening only drop the registry's tables.
    func moveScans(ofRegistry registryPath: String) throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS registry", arguments: [registryPath])
            defer { try? db.execute(sql: "DETACH DATABASE registry") }
            try db.inTransaction(.immediate) {
                guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM registry.sqlite_master WHERE type = 'table' AND name = 'scans'") == 1 else {
                    return .rollback
                }
                if try String.fetchOne(db, sql: "SELECT value FROM scan_log_facts WHERE name = 'moved from registry'") == nil {
                    try db.execute(sql: """
                        INSERT INTO scans(at_ms, code, batch_id, outcome, client)
                        SELECT at_ms, code, batch_id, outcome, client FROM registry.scans WHERE code IS NOT NULL AND batch_id IS NOT NULL ORDER BY id;
                        INSERT INTO missed_lookups(day, client, outcome, lookups)
                        SELECT \(Self.beijingDaySQL), client, outcome, COUNT(*) FROM registry.scans WHERE code IS NULL OR batch_id IS NULL GROUP BY 1, 2, 3;
                        INSERT INTO scanned_labels(code, batch_id, first_ms, scans, scans_while_voided)
                        SELECT code, batch_id, first_ms, scans, scans_while_voided FROM registry.scanned_labels;
                        INSERT INTO scanned_batches(batch_id, scans) SELECT batch_id, scans FROM registry.scanned_batches;
                        INSERT INTO scan_log_facts(name, value) VALUES ('moved from registry', datetime('now'));
                        """)
                }
                try db.execute(sql: """
                    DROP TABLE registry.scans; DROP TABLE registry.scanned_labels; DROP TABLE registry.scanned_batches;
                    """)
                return .commit
            }
        }
    }
}
