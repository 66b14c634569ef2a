import Foundation
import GRDB
import RegistryCore

extension Registry {
    /// Writes scans to the scan log: reads what the log needs of the scanned labels from the registry
    /// (a read, which no registry write blocks), then writes the scans and the totals of their labels
    /// and batches in one transaction of the scan log, with the copy signals as `heuristics` counts them.
    public func recordScans(_ scans: [LabelScan], heuristics: CopyHeuristics) throws {
        let codes = Set(scans.compactMap(\.code))
        let facts = try StoreError.wrapping {
            try pool.read { db in
                let statement = try db.cachedStatement(sql: """
                    SELECT labels.batch_id, label_batches.count, copy_signal_acknowledgements.at_ms FROM labels
                    JOIN label_batches ON label_batches.id = labels.batch_id
                    LEFT JOIN copy_signal_acknowledgements ON copy_signal_acknowledgements.code = labels.code
                    WHERE labels.code = ?
                    """)
                var facts: [LabelCode: LabelScanFacts] = [:]
                for code in codes {
                    guard let row = try Row.fetchOne(statement, arguments: [code.storageBytes]) else { continue }
                    facts[code] = LabelScanFacts(batchID: row[0], batchLabels: row[1], acknowledged: (row[2] as Int64?).map(ClientWindowStorage.date))
                }
                return facts
            }
        }
        try StoreError.wrapping { try scanLog.record(scans, facts: facts, heuristics: heuristics) }
    }

    /// Rolls the raw scans older than `retention` keeps, counted back from the registry's today, up into
    /// daily totals per label (`ScanLog.compact`).
    public func compactScans(_ retention: ScanRetention) throws -> ScanCompaction {
        try scanLog.compact(before: retention.firstKeptDay(on: Day(configuration.clock())))
    }
}
