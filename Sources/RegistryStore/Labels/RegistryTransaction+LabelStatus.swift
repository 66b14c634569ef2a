import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// The label with a code, or nil when no such code was issued: one primary-key lookup.
    public func label(code: LabelCode) throws -> Label? {
        try storedLabel(code: code)?.label
    }

    /// The label with a code and its batch's row number: one primary-key lookup.
    func storedLabel(code: LabelCode) throws -> (label: Label, batchID: Int64)? {
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT labels.batch_id, labels.state, label_events.at_ms, label_events.reason
            FROM labels LEFT JOIN label_events ON label_events.id = labels.event_id
            WHERE labels.code = ?
            """), arguments: [code.storageBytes]) else { return nil }
        guard let state = LabelState(storageNumber: row[1]) else { throw StoreError.corruptRecord(entity: .label, id: code.text) }
        let batch = try storedBatch(id: row[0])
        return (Label(code: code, batchNumber: batch.number, state: state,
                      changedAt: (row[2] as Int64?).map { Date(timeIntervalSince1970: Double($0) / 1000) }, reason: row[3]), row[0])
    }

    /// What a label shows today, and why: the worst of region title → licence → batch → label.
    public func displayStatus(ofLabel code: LabelCode) throws -> (label: Label, status: DisplayStatus) {
        guard let label = try label(code: code) else { throw LabelError.unknownCode(code) }
        let batch = try labelBatch(label.batchNumber)
        return (label, Self.displayStatus(of: label, in: batch, under: try displayStatus(ofLabelsIn: batch)))
    }

    /// The cascade below what the batch's labels show from above it (region title, licence, term): the
    /// batch's withdrawals over the label, then its own state.
    static func displayStatus(of label: Label, in batch: LabelBatch, under above: DisplayStatus) -> DisplayStatus {
        DisplayStatus.cascade([above, batch.status(of: label.code), label.displayStatus])
    }

    /// 印制对账 of a batch: allocated, printed, voided, destroyed and scanned (labels with at least one
    /// scan in the verification service's log), with the gaps flagged.
    public func reconcile(batch number: String) throws -> LabelReconciliation {
        let (id, batch) = try storedBatch(number)
        let firstPrint = try Int64.fetchOne(try db.cachedStatement(sql: """
            SELECT MIN(id) FROM label_events WHERE batch_id = ? AND action = ?
            """), arguments: [id, RegistryAction.printLabels.rawValue]) ?? Int64.max
        var count = [LabelState: (all: Int, afterPrinting: Int)]()
        for row in try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT state, COALESCE(event_id, 0) >= ? AS after_printing, COUNT(*) FROM labels WHERE batch_id = ? GROUP BY 1, 2
            """), arguments: [firstPrint, id]) {
            guard let state = LabelState(storageNumber: row[0]) else { throw StoreError.corruptRecord(entity: .label, id: batch.number) }
            let n: Int = row[2]
            count[state, default: (0, 0)].all += n
            if row[1] as Bool { count[state, default: (0, 0)].afterPrinting += n }
        }
        let inCirculation = count[.printed]?.all ?? 0
        let scans = try scannedLabelCounts(batchID: id)
        return LabelReconciliation(
            batchNumber: batch.number, allocated: batch.count,
            printed: inCirculation + (count[.voided]?.afterPrinting ?? 0) + (count[.destroyed]?.all ?? 0),
            voided: count[.voided]?.all ?? 0, destroyed: count[.destroyed]?.all ?? 0, scanned: scans.scanned,
            awaitingPrint: count[.allocated]?.all ?? 0, inCirculation: inCirculation,
            printedUnderRevocation: try printedUnderRevocation(id: id, batch: batch, inCirculation: inCirculation),
            scannedWhileVoided: scans.whileVoided)
    }

    /// How many labels of a batch withdrawals of runs reach, when no withdrawal of the same kind covers
    /// the whole batch: what a list shows as 部分撤销 or 部分暂停. A label in both a revoked and a
    /// suspended run counts as revoked.
    public func labelsInWithdrawnRuns(ofBatch number: String) throws -> WithdrawnRuns {
        let (id, batch) = try storedBatch(number)
        let revoked = batch.runsInForce(.revocation) ?? [], suspended = batch.runsInForce(.suspension) ?? []
        func count(in runs: [LabelCodeRange], notIn excluded: [LabelCodeRange]) throws -> Int {
            guard !runs.isEmpty else { return 0 }
            func within(_ runs: [LabelCodeRange]) -> String { Array(repeating: "code BETWEEN ? AND ?", count: runs.count).joined(separator: " OR ") }
            var arguments: StatementArguments = [id]
            for run in runs + excluded { arguments += [run.first.storageBytes, run.last.storageBytes] }
            let outside = excluded.isEmpty ? "" : " AND NOT (\(within(excluded)))"
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM labels WHERE batch_id = ? AND (\(within(runs)))\(outside)", arguments: arguments) ?? 0
        }
        return WithdrawnRuns(revoked: try count(in: revoked, notIn: []), suspended: try count(in: suspended, notIn: revoked))
    }

    /// Printed labels a revocation reaches (of the region title, licence, batch or a run of it).
    private func printedUnderRevocation(id: Int64, batch: LabelBatch, inCirculation: Int) throws -> Int {
        let above = try displayStatus(of: try licence(batch.licenceNumber))
        guard above.state < .surrendered, let runs = batch.runsInForce(.revocation) else { return inCirculation }
        guard !runs.isEmpty else { return 0 }
        let within = Array(repeating: "code BETWEEN ? AND ?", count: runs.count).joined(separator: " OR ")
        var arguments: StatementArguments = [id, LabelState.printed.storageNumber]
        for run in runs { arguments += [run.first.storageBytes, run.last.storageBytes] }
        return try Int.fetchOne(try db.cachedStatement(sql: "SELECT COUNT(*) FROM labels WHERE batch_id = ? AND state = ? AND (\(within))"),
                                arguments: arguments) ?? 0
    }
}
