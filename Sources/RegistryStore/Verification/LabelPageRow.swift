import Foundation
import GRDB
import GRDBSQLite
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

    /// The row of a code, or nil when no label has it, read with `statement` (made from `sql`) through
    /// SQLite's C interface: the statement runs on every scan, and GRDB's row cursor costs several times
    /// the reading of its sixteen columns.
    static func fetch(_ code: LabelCode, with statement: Statement) throws -> LabelPageRow? {
        let raw = statement.sqliteStatement
        defer {
            sqlite3_reset(raw)
            sqlite3_clear_bindings(raw)
        }
        sqlite3_reset(raw)
        let bound = code.storageBytes.withUnsafeBytes { bytes in
            sqlite3_bind_blob(raw, 1, bytes.baseAddress, Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
        guard bound == SQLITE_OK else { throw StoreError.database(detail: String(cString: sqlite3_errstr(bound))) }
        switch sqlite3_step(raw) {
        case SQLITE_ROW: break
        case SQLITE_DONE: return nil
        case let failed: throw StoreError.database(detail: String(cString: sqlite3_errstr(failed)))
        }
        func integer(_ column: Int32) -> Int64? {
            sqlite3_column_type(raw, column) == SQLITE_NULL ? nil : sqlite3_column_int64(raw, column)
        }
        func count(_ column: Int32) -> Int? { integer(column).map { Int(truncatingIfNeeded: $0) } }
        guard let batchID = integer(0), let number = count(1), let state = LabelState(storageNumber: number) else {
            throw StoreError.corruptRecord(entity: .label, id: code.text)
        }
        let reason = sqlite3_column_text(raw, 3).map { String(cString: $0) }
        var scans = ScanSummary(batchScans: count(10) ?? 0,
                                batchSignal: ClientWindowStorage.signal(since: integer(11), until: integer(12), clients: count(13)),
                                acknowledged: integer(14).map(ClientWindowStorage.date))
        if let first = integer(4) {
            scans.firstScan = ClientWindowStorage.date(first)
            scans.scans = count(5) ?? 0
            scans.scansWhileVoided = count(6) ?? 0
            scans.labelSignal = ClientWindowStorage.signal(since: integer(7), until: integer(8), clients: count(9))
        }
        return LabelPageRow(batchID: batchID, state: state, changedAt: integer(2).map(ClientWindowStorage.date),
                            reason: reason, scans: scans, stamp: integer(15) ?? 0)
    }

    /// The page of this label, with its batch's facts as read for `day`.
    func verification(of code: LabelCode, facts: BatchPageFacts, day: Day) -> LabelVerification {
        let label = Label(code: code, batchNumber: facts.batch.number, state: state, changedAt: changedAt, reason: reason)
        return LabelVerification(label: label, status: RegistryTransaction.displayStatus(of: label, in: facts.batch, under: facts.above),
                                 scans: scans, registryStamp: stamp, factsDay: day, facts: facts)
    }
}
