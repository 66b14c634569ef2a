import GRDB

/// The scan log's own versioned schema, in its own file beside the registry (`ScanLog`).
enum ScanLogMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-scan-log") { db in
            // One row per look-up of a label's page (`code`: the label code's storage bytes; `batch_id`: the
            // registry's batch row; `client`: a coarse hint, never an address), until it rolls up into
            // `scan_days`.
            try db.create(table: "scans") { t in
                t.primaryKey("id", .integer)
                t.column("at_ms", .integer).notNull()
                t.column("code", .blob).notNull()
                t.column("batch_id", .integer).notNull()
                t.column("outcome", .text).notNull()
                t.column("client", .text).notNull()
            }
            try db.create(index: "scans_time", on: "scans", columns: ["at_ms"])
            // Look-ups that found no label (unknown codes, typos), counted per Beijing day, client hint and outcome.
            try db.create(table: "missed_lookups", options: .withoutRowID) { t in
                t.column("day", .text).notNull()
                t.column("client", .text).notNull()
                t.column("outcome", .text).notNull()
                t.column("lookups", .integer).notNull()
                t.primaryKey(["day", "client", "outcome"])
            }
            // Raw scans older than the retention, rolled up per label and Beijing day.
            try db.create(table: "scan_days", options: .withoutRowID) { t in
                t.column("code", .blob).notNull()
                t.column("day", .text).notNull()
                t.column("batch_id", .integer).notNull()
                t.column("scans", .integer).notNull()
                t.column("scans_while_voided", .integer).notNull()
                t.primaryKey(["code", "day"])
            }
            try db.create(index: "scan_days_day", on: "scan_days", columns: ["day"])
            // Running totals per scanned label and per batch, kept by the writer in the same transaction as
            // the rows, so that a page reads two rows whatever the log's size: counts, and the copy signal of
            // distinct clients within a window (raised since, holding until, most clients).
            try db.create(table: "scanned_labels", options: .withoutRowID) { t in
                t.primaryKey("code", .blob)
                t.column("batch_id", .integer).notNull().indexed()
                t.column("first_ms", .integer).notNull().indexed()
                t.column("scans", .integer).notNull()
                t.column("scans_while_voided", .integer).notNull()
                t.column("signal_since_ms", .integer)
                t.column("signal_until_ms", .integer).indexed()
                t.column("signal_clients", .integer)
            }
            try db.create(table: "scanned_batches") { t in
                t.primaryKey("batch_id", .integer)
                t.column("scans", .integer).notNull()
                t.column("signal_since_ms", .integer)
                t.column("signal_until_ms", .integer)
                t.column("signal_clients", .integer)
            }
            // The clients of each label's and batch's current window, with their latest scan.
            try db.create(table: "label_clients", options: .withoutRowID) { t in
                t.column("code", .blob).notNull()
                t.column("client", .text).notNull()
                t.column("last_ms", .integer).notNull()
                t.primaryKey(["code", "client"])
            }
            try db.create(table: "batch_clients", options: .withoutRowID) { t in
                t.column("batch_id", .integer).notNull()
                t.column("client", .text).notNull()
                t.column("last_ms", .integer).notNull()
                t.primaryKey(["batch_id", "client"])
            }
            // Marks that the scans of the registry's own tables (before the scan log had a file) were moved here.
            try db.create(table: "scan_log_facts") { t in
                t.primaryKey("name", .text)
                t.column("value", .text).notNull()
            }
        }
        return migrator
    }
}
