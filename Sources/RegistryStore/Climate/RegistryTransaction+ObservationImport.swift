import ClimateQuality
import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Imports an hourly or daily observation file all-or-nothing and idempotently.
    ///
    /// The file is parsed and quality-controlled completely first; any rejected line refuses it with
    /// every rejection and stores nothing. Rows are then written in one savepoint: a row already stored
    /// with the same values is left as it is (so a second import of the same file changes nothing and
    /// records nothing), a row whose values differ refuses the whole file unless `replacing` is set, in
    /// which case it is overwritten and counted. A file that changed something is recorded in the audit
    /// trail with its SHA-256, row counts and who imported it.
    @discardableResult
    public func importObservations(_ data: Data, file: String, kind: ObservationKind, replacing: Bool = false, by actor: Actor,
                                   progress: ((ObservationImportProgress) -> Void)? = nil) throws -> ObservationImportReport {
        try actor.require(.importObservations)
        let importer = ObservationImporter(knownStationIDs: Set(try stations().map(\.id)))
        let parsing = progress.map { report in
            { (step: ImportProgress) in report(ObservationImportProgress(phase: .parsing, done: step.dataLines, fraction: step.fraction)) }
        }
        let sha256 = Self.sha256Hex(data)
        switch kind {
        case .hourly:
            return try store(importer.importHourly(data, progress: parsing), file: file, kind: kind, sha256: sha256,
                             replacing: replacing, by: actor, progress: progress)
        case .daily:
            return try store(importer.importDaily(data, progress: parsing), file: file, kind: kind, sha256: sha256,
                             replacing: replacing, by: actor, progress: progress)
        }
    }

    private func store<Row: StorableObservation>(
        _ parsed: ObservationImport<Row>, file: String, kind: ObservationKind, sha256: String, replacing: Bool, by actor: Actor,
        progress: ((ObservationImportProgress) -> Void)?
    ) throws -> ObservationImportReport {
        let elements = Row.table.elements
        var flagged = 0
        var stations: Set<String> = []
        var lastStation = ""
        for row in parsed.rows {
            if row.stationID != lastStation {
                lastStation = row.stationID
                stations.insert(lastStation)
            }
            for element in elements where !(row.readings[element]?.flag.countsAsValid ?? true) { flagged += 1 }
        }
        func report(_ outcome: ObservationWriter.Outcome) -> ObservationImportReport {
            ObservationImportReport(
                file: file, kind: kind, sha256: sha256, dataLines: parsed.dataLineCount, inserted: outcome.inserted,
                unchanged: outcome.unchanged, replaced: outcome.replaced, rejections: parsed.rejections, conflicts: outcome.conflicts,
                flaggedReadings: flagged)
        }
        guard parsed.isClean else { throw ClimateStoreError.importRefused(report(.init())) }
        var outcome = ObservationWriter.Outcome()
        let total = max(1, parsed.rows.count)
        try db.inSavepoint {
            outcome = try ObservationWriter(table: Row.table, db: db).write(parsed.rows, replacing: replacing) { rows in
                progress?(ObservationImportProgress(phase: .storing, done: rows, fraction: Double(rows) / Double(total)))
            }
            return outcome.conflicts.isEmpty || replacing ? .commit : .rollback
        }
        let result = report(outcome)
        if !outcome.conflicts.isEmpty, !replacing { throw ClimateStoreError.importRefused(result) }
        if !result.changedNothing {
            cache.forget(prefix: Self.seriesCachePrefix)
            try appendAudit(actor, "importObservations", .observationImport, sha256, to: "stored", reason: file,
                            details: try encode(ImportRecord(result, stations: stations.sorted())))
        }
        return result
    }

    /// What the audit trail keeps of an import.
    private struct ImportRecord: Encodable {
        let file: String
        let kind: ObservationKind
        let sha256: String
        let rows: Int
        let inserted: Int
        let unchanged: Int
        let replaced: Int
        let flaggedReadings: Int
        let stations: [String]
        /// The first replaced rows, with their old and new values.
        let replacedRows: [ObservationConflict]

        init(_ report: ObservationImportReport, stations: [String]) {
            file = report.file
            kind = report.kind
            sha256 = report.sha256
            rows = report.dataLines
            inserted = report.inserted
            unchanged = report.unchanged
            replaced = report.replaced
            flaggedReadings = report.flaggedReadings
            self.stations = stations
            replacedRows = Array(report.conflicts.prefix(20))
        }
    }
}
