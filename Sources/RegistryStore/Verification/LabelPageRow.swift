import Foundation
import GRDB
import RegistryCore

/// What a verification page reads of its own label on every scan, in one indexed statement: the
/// label's state and last change, its scan totals and copy signals from the scan log (attached as
/// `scan_log`), the last acknowledgement of its signals, and the registry's change stamp (the sequence
/// of the newest audit event), which says whether the batch's cached page facts still hold.
struct LabelPageRow {
    let batchID: Int64
    let state: LabelState
    let changedAt: Date?
    let reason: String?
    let scans: ScanSummary
    let stamp: Int64

    /// The statement, with the code's storage bytes as its one argument.
    static let sql = """
        SELECT labels.batch_id, labels.state, label_events.at_ms, label_events.reason,
               l.first_ms, l.scans, l.scans_while_voided, l.signal_since_ms, l.signal_until_ms, l.signal_clients,
               b.scans, b.signal_since_ms, b.signal_until_ms, b.signal_clients,
               copy_signal_acknowledgements.at_ms, (SELECT sequence FROM audit_head WHERE id = 1)
        FROM labels
        LEFT JOIN label_events ON label_events.id = labels.event_id
        LEFT JOIN scan_log.scanned_labels l ON l.code = labels.code
        LEFT JOIN scan_log.scanned_batches b ON b.batch_id = labels.batch_id
        LEFT JOIN copy_signal_acknowledgements ON copy_signal_acknowledgements.code = labels.code
        WHERE labels.code = ?
        """

    /// The row of a code, or nil when no label has it, read with `statement` (made from `sql`).
    static func fetch(_ code: LabelCode, with statement: Statement) throws -> LabelPageRow? {
        // A cursor's row reads the statement's columns in place, without copying them, for as long as
        // the cursor lives.
        let cursor = try Row.fetchCursor(statement, arguments: [code.storageBytes])
        return try withExtendedLifetime(cursor) { () throws -> LabelPageRow? in
            guard let row = try cursor.next() else { return nil }
            guard let batchID = row[0] as Int64?, let number = row[1] as Int?, let state = LabelState(storageNumber: number) else {
                throw StoreError.corruptRecord(entity: .label, id: code.text)
            }
            var scans = ScanSummary(batchScans: row[10] ?? 0,
                                    batchSignal: ClientWindowStorage.signal(since: row[11], until: row[12], clients: row[13]),
                                    acknowledged: (row[14] as Int64?).map(ClientWindowStorage.date))
            if let first = row[4] as Int64? {
                scans.firstScan = ClientWindowStorage.date(first)
                scans.scans = row[5] ?? 0
                scans.scansWhileVoided = row[6] ?? 0
                scans.labelSignal = ClientWindowStorage.signal(since: row[7], until: row[8], clients: row[9])
            }
            return LabelPageRow(batchID: batchID, state: state, changedAt: (row[2] as Int64?).map(ClientWindowStorage.date),
                                reason: row[3], scans: scans, stamp: row[15] ?? 0)
        }
    }

    /// The page of this label, with its batch's facts as read for `day`.
    func verification(of code: LabelCode, facts: BatchPageFacts, day: Day) -> LabelVerification {
        let label = Label(code: code, batchNumber: facts.batch.number, state: state, changedAt: changedAt, reason: reason)
        return LabelVerification(label: label, status: RegistryTransaction.displayStatus(of: label, in: facts.batch, under: facts.above),
                                 scans: scans, registryStamp: stamp, factsDay: day, facts: facts)
    }
}
