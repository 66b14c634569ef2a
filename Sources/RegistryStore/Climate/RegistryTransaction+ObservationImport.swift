import ClimateQuality
import Crypto
import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// Imports an hourly or daily observation file all-or-nothing and idempotently.
    ///
    /// The file is read block by block and its accepted rows are written as they are read, in one
    /// savepoint: any rejected line refuses the file with every rejection (the first
    /// `ObservationImporter.listedRejections` listed, the rest counted) and rolls back what was written,
    /// so nothing is stored. A row already stored with the same values is left as it is (so a second
    /// import of the same file changes nothing and records nothing); a row whose values differ refuses
    /// the whole file unless `replacing` is set, in which case it is overwritten and counted. A file that
    /// changed something is recorded in the audit trail with its SHA-256 (computed while reading), row
    /// counts and who imported it. Memory does not grow with the file's size.
    @discardableResult
    public func importObservations(_ data: Data, file: String, kind: ObservationKind, replacing: Bool = false, by actor: Actor,
                                   progress: ((ObservationImportProgress) -> Void)? = nil) throws -> ObservationImportReport {
        try importObservations([ObservationFile(name: file, data: data)], kind: kind, replacing: replacing, by: actor,
                               progress: progress)[0]
    }

    /// Imports several files in turn, each as `importObservations(_:file:…)` does, the file read on
    /// another thread while its rows are stored (`ObservationPipeline`). The first refused
    /// file throws; the caller's transaction then stores none of them. Progress counts the lines and
    /// bytes of all the files. Each import that changed something recomputes the figures stored per
    /// station and year of the stations it changed, unless `deferringStationYears`: then the caller
    /// calls `refreshStationYears()` once after its last import, in the same transaction (a bulk load
    /// of many files reads each station's series once instead of once per file).
    @discardableResult
    public func importObservations(_ files: [ObservationFile], kind: ObservationKind, replacing: Bool = false, by actor: Actor,
                                   deferringStationYears: Bool = false,
                                   progress: ((ObservationImportProgress) -> Void)? = nil) throws -> [ObservationImportReport] {
        try actor.require(.importObservations)
        let importer = ObservationImporter(knownStationIDs: Set(try stations().map(\.id)), acceptedDates: acceptedObservationDates)
        let sizes = files.map { $0.source.size ?? 0 }
        let totalBytes = max(1, sizes.reduce(0, +))
        var bytesBefore = 0
        var linesBefore = 0
        var reports: [ObservationImportReport] = []
        for (file, size) in zip(files, sizes) {
            let (before, lines) = (bytesBefore, linesBefore)
            let reading = progress.map { report in
                { (step: ImportProgress) in
                    report(ObservationImportProgress(done: lines + step.dataLines,
                                                     fraction: min(1, Double(before + step.bytesRead) / Double(totalBytes))))
                }
            }
            let report = try importFile(file, kind: kind, importer: importer, replacing: replacing, by: actor,
                                        deferringStationYears: deferringStationYears, progress: reading)
            bytesBefore += size
            linesBefore += report.dataLines
            reports.append(report)
        }
        return reports
    }

    /// From 1 January of the configured earliest year to tomorrow, by the registry's clock.
    var acceptedObservationDates: ClosedRange<CivilDate> {
        let tomorrow = CivilDate(dayNumber: today.adding(days: 1).daysSinceEpoch)
        let earliest = CivilDate(year: configuration.certification.earliestObservationYear, month: 1, day: 1) ?? tomorrow
        return min(earliest, tomorrow)...tomorrow
    }

    /// Batches of rows read ahead of the one being stored.
    private static let batchesAhead = 4

    private func importFile(_ file: ObservationFile, kind: ObservationKind, importer: ObservationImporter, replacing: Bool,
                            by actor: Actor, deferringStationYears: Bool, progress: ((ImportProgress) -> Void)?) throws -> ObservationImportReport {
        var report: ObservationImportReport?
        var stations: [String] = []
        try db.inSavepoint {
            var writer = ObservationWriter(table: kind == .hourly ? .hourly : .daily, db: db, replacing: replacing)
            let source = file.source
            let (summary, sha256) = switch kind {
            case .hourly:
                try ObservationPipeline<HourlyObservation, (ObservationImportSummary, String)>(capacity: Self.batchesAhead) { hand, report in
                    var hasher = SHA256()
                    let summary = try importer.importHourly(source, progress: report, checksum: { hasher.update(bufferPointer: $0) },
                                                            store: hand)
                    return (summary, Self.hex(hasher.finalize()))
                }.drain(progress: progress) { try writer.write($0) }
            case .daily:
                try ObservationPipeline<DailyObservation, (ObservationImportSummary, String)>(capacity: Self.batchesAhead) { hand, report in
                    var hasher = SHA256()
                    let summary = try importer.importDaily(source, progress: report, checksum: { hasher.update(bufferPointer: $0) },
                                                           store: hand)
                    return (summary, Self.hex(hasher.finalize()))
                }.drain(progress: progress) { try writer.write($0) }
            }
            var flagged = summary.flaggedReadings
            if summary.isClean {
                for station in summary.unorderedStations {
                    flagged += try writer.finishQualityControl(of: station, rules: importer.qualityControl)
                }
            }
            let outcome = summary.isClean ? writer.outcome : ObservationWriter.Outcome()
            let result = ObservationImportReport(
                file: file.name, kind: kind, sha256: sha256, dataLines: summary.dataLineCount,
                inserted: outcome.inserted, unchanged: outcome.unchanged, replaced: outcome.replaced, rejections: summary.rejections,
                rejectedLines: summary.rejectedLines, conflicts: outcome.conflicts, conflictCount: outcome.conflictCount,
                flaggedReadings: flagged)
            if !summary.isClean || (outcome.conflictCount > 0 && !replacing) {
                throw ClimateStoreError.importRefused(result)
            }
            report = result
            stations = summary.stations
            return .commit
        }
        guard let report else { throw StoreError.database(detail: "observation import ended without a report") }
        if !report.changedNothing {
            cache.forget(prefix: Self.seriesCachePrefix)
            if !deferringStationYears { try refreshStationYears(of: stations) }
            try appendAudit(actor, .importObservations, .observationImport, report.sha256, to: "stored", reason: file.name,
                            details: try encode(ImportRecord(report, stations: stations)))
        }
        return report
    }

    /// Recomputes the figures stored per station and year (`StationYearTable`) of the stations named, or
    /// of every station, each from its daily series read once and kept for the rest of the transaction
    /// (`dailySeries(of:)`), so that assessments after it read no observation again.
    public func refreshStationYears(of stationIDs: [String]? = nil) throws {
        let changed = try stations().filter { stationIDs?.contains($0.id) ?? true }
        try StationYearTable.refresh([.naiAnnualMeans, .environment], of: changed, in: db) { try dailySeries(of: $0) }
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
