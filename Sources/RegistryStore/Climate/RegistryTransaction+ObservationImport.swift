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
        try importObservations([ObservationFile(name: file, data: data)], kind: kind, replacing: replacing, by: actor,
                               progress: progress)[0]
    }

    /// Imports several files in turn, each as `importObservations(_:file:…)` does, reading the next file
    /// on another thread while the current one is stored. The first refused file throws; the caller's
    /// transaction then stores none of them. Parsing progress is reported for a single file only.
    @discardableResult
    public func importObservations(_ files: [ObservationFile], kind: ObservationKind, replacing: Bool = false, by actor: Actor,
                                   progress: ((ObservationImportProgress) -> Void)? = nil) throws -> [ObservationImportReport] {
        try actor.require(.importObservations)
        let importer = ObservationImporter(knownStationIDs: Set(try stations().map(\.id)), acceptedDates: acceptedObservationDates)
        switch kind {
        case .hourly:
            return try importFiles(files, kind: kind, replacing: replacing, by: actor, progress: progress) { data, parsing in
                importer.importHourly(data, progress: parsing)
            }
        case .daily:
            return try importFiles(files, kind: kind, replacing: replacing, by: actor, progress: progress) { data, parsing in
                importer.importDaily(data, progress: parsing)
            }
        }
    }

    /// From 1 January of the configured earliest year to tomorrow, by the registry's clock.
    var acceptedObservationDates: ClosedRange<CivilDate> {
        let tomorrow = CivilDate(dayNumber: today.adding(days: 1).daysSinceEpoch)
        let earliest = CivilDate(year: configuration.certification.earliestObservationYear, month: 1, day: 1) ?? tomorrow
        return min(earliest, tomorrow)...tomorrow
    }

    private func importFiles<Row: StorableObservation>(
        _ files: [ObservationFile], kind: ObservationKind, replacing: Bool, by actor: Actor,
        progress: ((ObservationImportProgress) -> Void)?,
        parse: @escaping @Sendable (Data, ((ImportProgress) -> Void)?) -> ObservationImport<Row>
    ) throws -> [ObservationImportReport] {
        if files.count == 1 {
            let parsing = progress.map { report in
                { (step: ImportProgress) in report(ObservationImportProgress(phase: .parsing, done: step.dataLines, fraction: step.fraction)) }
            }
            let read = ReadFile(parse(files[0].data, parsing), data: files[0].data)
            return [try store(read, file: files[0], kind: kind, replacing: replacing, by: actor, progress: progress)]
        }
        let ahead = ParseAhead(count: files.count, lookahead: 2) { ReadFile(parse(files[$0].data, nil), data: files[$0].data) }
        defer { ahead.cancel() }
        return try files.indices.map { index in
            try store(ahead.take(index), file: files[index], kind: kind, replacing: replacing, by: actor, progress: progress)
        }
    }

    /// A parsed file with what the store reports about it, worked out where the file was read.
    private struct ReadFile<Row: StorableObservation>: Sendable {
        let parsed: ObservationImport<Row>
        let sha256: String
        let flaggedReadings: Int
        let stations: [String]

        init(_ parsed: ObservationImport<Row>, data: Data) {
            self.parsed = parsed
            sha256 = RegistryTransaction.sha256Hex(data)
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
            flaggedReadings = flagged
            self.stations = stations.sorted()
        }
    }

    private func store<Row: StorableObservation>(
        _ read: ReadFile<Row>, file: ObservationFile, kind: ObservationKind, replacing: Bool, by actor: Actor,
        progress: ((ObservationImportProgress) -> Void)?
    ) throws -> ObservationImportReport {
        let parsed = read.parsed
        func report(_ outcome: ObservationWriter.Outcome) -> ObservationImportReport {
            ObservationImportReport(
                file: file.name, kind: kind, sha256: read.sha256, dataLines: parsed.dataLineCount, inserted: outcome.inserted,
                unchanged: outcome.unchanged, replaced: outcome.replaced, rejections: parsed.rejections, conflicts: outcome.conflicts,
                flaggedReadings: read.flaggedReadings)
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
            let changed = try stations().filter { read.stations.contains($0.id) }
            try StationYearTable.refresh([.naiAnnualMeans, .environment], of: changed, in: db) { try dailySeries(of: $0) }
            try appendAudit(actor, "importObservations", .observationImport, read.sha256, to: "stored", reason: file.name,
                            details: try encode(ImportRecord(result, stations: read.stations)))
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
