import ClimateQuality
import Foundation
import GRDB

/// The versioned schema. Each domain record is stored whole as JSON (`body`), with the columns that
/// queries filter on beside it.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-registry") { db in
            try db.create(table: "operators") { t in
                t.primaryKey("uscc", .text)
                t.column("name", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("town_id", .text).notNull().indexed()
                t.column("body", .text).notNull()
            }
            try db.create(table: "subjects") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("operator_uscc", .text).notNull().indexed().references("operators")
                t.column("kind", .text).notNull()
                t.column("name", .text).notNull()
                t.column("town_id", .text).notNull()
                t.column("body", .text).notNull()
            }
            try db.create(table: "applications") { t in
                t.primaryKey("number", .text)
                t.column("subject_id", .integer).notNull().indexed().references("subjects")
                t.column("operator_uscc", .text).notNull().indexed().references("operators")
                t.column("kind", .text).notNull()
                t.column("state", .text).notNull().indexed()
                t.column("body", .text).notNull()
            }
            try db.create(table: "licences") { t in
                t.primaryKey("number", .text)
                t.column("application_number", .text).notNull().unique().references("applications")
                t.column("subject_id", .integer).notNull().indexed().references("subjects")
                t.column("operator_uscc", .text).notNull().indexed().references("operators")
                t.column("kind", .text).notNull()
                t.column("status", .text).notNull().indexed()
                t.column("valid_until", .text).notNull()
                t.column("body", .text).notNull()
            }
            try db.create(table: "region_title") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("body", .text).notNull()
            }
            try db.create(table: "counters") { t in
                t.primaryKey("name", .text)
                t.column("value", .integer).notNull()
            }
            try db.create(table: "audit_events") { t in
                t.primaryKey("sequence", .integer)
                t.column("at_ms", .integer).notNull()
                t.column("actor", .text).notNull()
                t.column("role", .text).notNull()
                t.column("action", .text).notNull()
                t.column("entity", .text).notNull()
                t.column("entity_id", .text).notNull()
                t.column("from_state", .text)
                t.column("to_state", .text)
                t.column("reason", .text)
                t.column("details", .text)
                t.column("previous_hash", .text).notNull()
                t.column("hash", .text).notNull()
            }
            try db.create(index: "audit_events_entity", on: "audit_events", columns: ["entity", "entity_id"])
            try db.create(table: "audit_head") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("sequence", .integer).notNull()
                t.column("hash", .text).notNull()
            }
        }
        migrator.registerMigration("v2-labels") { db in
            try db.create(table: "label_batches") { t in
                t.primaryKey("id", .integer)
                t.column("number", .text).notNull().unique()
                t.column("licence_number", .text).notNull().indexed().references("licences")
                t.column("issued_on", .text).notNull()
                t.column("count", .integer).notNull()
                t.column("body", .text).notNull()
            }
            // Print jobs, voidings and destructions: each label row points to the one that gave it its state.
            try db.create(table: "label_events") { t in
                t.primaryKey("id", .integer)
                t.column("batch_id", .integer).notNull().indexed().references("label_batches")
                t.column("action", .text).notNull()
                t.column("at_ms", .integer).notNull()
                t.column("actor", .text).notNull()
                t.column("reason", .text)
            }
            // One compact row per label, keyed by the code's 80 random bits (10 bytes); `state` is
            // LabelState's storage number. The batch index holds the codes in print order.
            try db.create(table: "labels", options: .withoutRowID) { t in
                t.primaryKey("code", .blob)
                t.column("batch_id", .integer).notNull()
                t.column("state", .integer).notNull().defaults(to: 0)
                t.column("event_id", .integer)
            }
            try db.create(index: "labels_batch", on: "labels", columns: ["batch_id"])
        }
        migrator.registerMigration("v3-directory") { db in
            // The crop of a product subject, read from its JSON body, so that the public directory can
            // search and list crops through an index.
            try db.execute(sql: """
                ALTER TABLE subjects ADD COLUMN crop TEXT GENERATED ALWAYS AS
                    (CASE WHEN json_valid(body) THEN json_extract(body, '$.details.product._0.crop') END) VIRTUAL
                """)
            try db.create(index: "subjects_crop", on: "subjects", columns: ["crop"])
            try db.create(index: "subjects_town", on: "subjects", columns: ["town_id"])
        }
        migrator.registerMigration("v4-climate") { db in
            try db.create(table: "stations") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("town_id", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("body", .text).notNull()
            }
            for table in ObservationTable.allCases {
                try db.execute(sql: table.createSQL)
            }
            try db.create(table: "season_assessments") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("body", .text).notNull()
            }
            try db.create(table: "climate_certificates") { t in
                t.primaryKey("number", .text)
                t.column("subject_id", .integer).notNull().indexed().references("subjects")
                t.column("season", .integer).notNull()
                t.column("status", .text).notNull()
                t.column("valid_until", .text).notNull()
                t.column("body", .text).notNull()
                t.column("assessment_id", .integer).notNull().references("season_assessments")
                t.column("station_choice", .text).notNull()
            }
        }
        migrator.registerMigration("v5-scans") { db in
            // The scan log: one row per look-up of a verification page, written in batches. `code` is
            // the label code's storage bytes (nil for a typo), `client` a coarse hint, never an address.
            try db.create(table: "scans") { t in
                t.primaryKey("id", .integer)
                t.column("at_ms", .integer).notNull()
                t.column("code", .blob)
                t.column("batch_id", .integer)
                t.column("outcome", .text).notNull()
                t.column("client", .text).notNull()
            }
            // Running totals per scanned label and per batch, kept by the scan writer in the same
            // transaction as the rows, so that a page reads two rows whatever the log's size. The burst
            // window is a tumbling one: it restarts at the first scan after it ends.
            try db.create(table: "scanned_labels", options: .withoutRowID) { t in
                t.primaryKey("code", .blob)
                t.column("batch_id", .integer).notNull().indexed()
                t.column("first_ms", .integer).notNull()
                t.column("scans", .integer).notNull()
                t.column("window_start_ms", .integer).notNull()
                t.column("window_scans", .integer).notNull()
                t.column("most_in_window", .integer).notNull()
                t.column("scans_while_voided", .integer).notNull()
            }
            try db.create(table: "scanned_batches") { t in
                t.primaryKey("batch_id", .integer)
                t.column("scans", .integer).notNull()
            }
            // Reports of suspected copies from the public verification page, for the bureau.
            try db.create(table: "label_reports") { t in
                t.primaryKey("id", .integer)
                t.column("at_ms", .integer).notNull()
                t.column("code", .text).notNull().indexed()
                t.column("text", .text).notNull()
                t.column("client", .text).notNull()
            }
        }
        migrator.registerMigration("v6-accounts") { db in
            // Staff accounts of the console: roles as a comma-separated list, a bcrypt hash, the count of
            // failed logins since the last success and the end of a lock-out.
            try db.create(table: "staff_accounts") { t in
                t.primaryKey("name", .text)
                t.column("roles", .text).notNull()
                t.column("password_hash", .text).notNull()
                t.column("failed_logins", .integer).notNull().defaults(to: 0)
                t.column("locked_until_ms", .integer)
                t.column("disabled", .boolean).notNull().defaults(to: false)
                t.column("created_ms", .integer).notNull()
            }
            // Console sessions, by the SHA-256 of their id (the id itself lives only in the cookie).
            try db.create(table: "console_sessions") { t in
                t.primaryKey("id_hash", .text)
                t.column("account", .text).notNull().indexed().references("staff_accounts", onDelete: .cascade)
                t.column("csrf_token", .text).notNull()
                t.column("created_ms", .integer).notNull()
                t.column("last_seen_ms", .integer).notNull()
                t.column("flash", .text)
            }
        }
        migrator.registerMigration("v7-crop-model-versions") { db in
            // Crop model files uploaded through the console, kept whole as uploaded: the newest version
            // of a model that still loads replaces the one in Schemas/crops for new assessments.
            try db.create(table: "crop_model_versions") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("model_id", .text).notNull().indexed()
                t.column("version", .text).notNull()
                t.column("body", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("at_ms", .integer).notNull()
                t.column("actor", .text).notNull()
                t.uniqueKey(["model_id", "version"])
            }
        }
        migrator.registerMigration("v8-report-handling") { db in
            // How the bureau handled a copy report: when, by whom, and its note (also in the audit trail).
            try db.alter(table: "label_reports") { t in
                t.add(column: "handled_ms", .integer)
                t.add(column: "handled_by", .text)
                t.add(column: "handled_note", .text)
            }
        }
        migrator.registerMigration("v9-statistics-indexes") { db in
            // Indexes for the dashboard, the quarterly report and the audit viewer: every figure is a
            // count over an index range, never a scan of the records' bodies.
            try db.create(index: "audit_events_action_time", on: "audit_events", columns: ["action", "at_ms", "entity_id"])
            try db.create(index: "audit_events_time", on: "audit_events", columns: ["at_ms"])
            try db.create(index: "audit_events_actor", on: "audit_events", columns: ["actor"])
            try db.create(index: "licences_tally", on: "licences", columns: ["kind", "status", "valid_until", "subject_id"])
            try db.create(index: "label_batches_issued", on: "label_batches", columns: ["issued_on", "count"])
            try db.create(index: "scans_time", on: "scans", columns: ["at_ms"])
            try db.create(index: "scanned_labels_first", on: "scanned_labels", columns: ["first_ms"])
            try db.create(index: "label_reports_time", on: "label_reports", columns: ["at_ms"])
        }
        migrator.registerMigration("v10-nai-means") { db in
            // The NAI annual mean of every NAI station and year with observations, rewritten by each
            // import that changes a station's rows, so that a homestay's page reads one row per station
            // instead of a year of hourly observations. Filled here from what is already stored.
            try db.create(table: "nai_annual_means", options: .withoutRowID) { t in
                t.column("station", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("body", .text).notNull()
                t.primaryKey(["station", "year"])
            }
            try StationYearTable.refreshEveryStation([.naiAnnualMeans], in: db)
        }
        migrator.registerMigration("v11-station-environment") { db in
            // The comfort days and months and the good-air share of every station and year with
            // observations, rewritten by each import that changes a station's rows, so that the
            // environment indicators read one row per station instead of a year of hourly observations.
            try db.create(table: "station_environment", options: .withoutRowID) { t in
                t.column("station", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("body", .text).notNull()
                t.primaryKey(["station", "year"])
            }
            try StationYearTable.refreshEveryStation([.environment], in: db)
        }
        migrator.registerMigration("v12-retired-snapshot-keys") { db in
            // The public keys that signed the daily snapshot before `oxlabel snapshot rotate-key`
            // replaced them, with when each was retired and why: still published, so that a snapshot an
            // inspector saved earlier keeps verifying.
            try db.create(table: "retired_snapshot_keys") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("public_key", .text).notNull().unique()
                t.column("retired_ms", .integer).notNull()
                t.column("reason", .text).notNull()
                t.column("actor", .text).notNull()
            }
        }
        migrator.registerMigration("v13-copy-signal-acknowledgements") { db in
            // When staff last acknowledged a label's copy signals after checking, by whom and why (also in
            // the audit trail): signals raised before it no longer show on the label's page.
            try db.create(table: "copy_signal_acknowledgements", options: .withoutRowID) { t in
                t.primaryKey("code", .blob)
                t.column("at_ms", .integer).notNull()
                t.column("actor", .text).notNull()
                t.column("reason", .text).notNull()
            }
        }
        migrator.registerMigration("v14-licence-terms") { db in
            // A licence's validity becomes a run of terms, one per grant or renewal: each licence gets its
            // first term, from its grant to its validity date (a product's with the subject's season).
            try db.execute(sql: """
                UPDATE licences SET body = json_set(body, '$.terms', json_array(json_object(
                    'number', 1, 'from', json_extract(body, '$.grantedOn'), 'until', valid_until,
                    'applicationNumber', application_number, 'grantedOn', json_extract(body, '$.grantedOn'),
                    'season', (SELECT json_extract(subjects.body, '$.details.product._0.season') FROM subjects WHERE subjects.id = licences.subject_id))))
                WHERE json_extract(body, '$.terms') IS NULL
                """)
            // Each batch belongs to the term it was issued in: existing ones to their licence's current term.
            try db.alter(table: "label_batches") { t in
                t.add(column: "term", .integer).notNull().defaults(to: 1)
            }
            try db.execute(sql: "UPDATE label_batches SET body = json_set(body, '$.term', 1) WHERE body <> ''")
        }
        migrator.registerMigration("v15-licence-climate-certificates") { db in
            // The climate-quality certificate each product licence rests on (DESIGN §4): while it is
            // revoked the licence's labels show 已暂停 until the approver decides. Licences granted
            // before are taken to rest on the newest certificate of their product that was in force on
            // the day of the grant.
            try db.alter(table: "licences") { t in t.add(column: "climate_certificate", .text) }
            try db.create(index: "licences_climate_certificate", on: "licences", columns: ["climate_certificate"])
            try db.execute(sql: """
                UPDATE licences SET climate_certificate = (
                    SELECT c.number FROM climate_certificates c
                    WHERE c.subject_id = licences.subject_id
                      AND json_extract(c.body, '$.issuedOn') <= json_extract(licences.body, '$.grantedOn')
                      AND (json_extract(c.body, '$.revocation.on') IS NULL
                           OR json_extract(c.body, '$.revocation.on') > json_extract(licences.body, '$.grantedOn'))
                    ORDER BY c.number DESC LIMIT 1)
                WHERE kind = 'product'
                """)
            try db.execute(sql: """
                UPDATE licences SET body = json_set(body, '$.climateCertificate', climate_certificate) WHERE climate_certificate IS NOT NULL
                """)
        }
        return migrator
    }
}
