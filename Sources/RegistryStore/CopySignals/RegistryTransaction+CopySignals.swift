import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// The labels whose signal of many distinct clients holds at `now` and was raised after their last
    /// acknowledgement, most recently raised first, at most `limit`. Reads the scan log, so it runs in a
    /// read transaction.
    public func copySignals(at now: Date, limit: Int = 500) throws -> [CopySignalEntry] {
        try copySignalRows(filter: "", arguments: [Self.milliseconds(now), max(0, limit)])
    }

    /// The signal of one label as `copySignals` lists it, nil when none holds unacknowledged at `now`.
    public func copySignal(code: LabelCode, at now: Date) throws -> CopySignalEntry? {
        try copySignalRows(filter: "AND s.code = ?", arguments: [Self.milliseconds(now), code.storageBytes, 1]).first
    }

    private func copySignalRows(filter: String, arguments: StatementArguments) throws -> [CopySignalEntry] {
        try Row.fetchAll(try db.cachedStatement(sql: """
            SELECT s.code, b.number, b.licence_number, s.signal_since_ms, s.signal_until_ms, s.signal_clients
            FROM scan_log.scanned_labels s
            JOIN labels l ON l.code = s.code
            JOIN label_batches b ON b.id = l.batch_id
            LEFT JOIN copy_signal_acknowledgements a ON a.code = s.code
            WHERE s.signal_until_ms > ? \(filter) AND (a.at_ms IS NULL OR s.signal_since_ms > a.at_ms)
            ORDER BY s.signal_since_ms DESC LIMIT ?
            """), arguments: arguments).map { row in
            guard let code = LabelCode(storageBytes: row[0]),
                  let signal = ClientWindowStorage.signal(since: row[3], until: row[4], clients: row[5]) else {
                throw StoreError.corruptRecord(entity: .label, id: "\(row[1] as String)")
            }
            return CopySignalEntry(code: code, batchNumber: row[1], licenceNumber: row[2], signal: signal)
        }
    }

    /// 核实并解除复制预警: staff checked a label's copy signals and found nothing wrong; signals raised before
    /// now no longer show on its page, until scans after now raise one again. The reason is kept with
    /// the acknowledgement and in the audit trail.
    public func acknowledgeCopySignal(code: LabelCode, reason: String, by actor: Actor) throws {
        try actor.require(.acknowledgeCopySignal)
        let reason = try TextInput.required(reason, field: FieldName("核实说明", "reason"), maxLength: 500)
        guard try label(code: code) != nil else { throw RegistryError.notFound(entity: .label, id: code.text) }
        try db.cachedStatement(sql: """
            INSERT INTO copy_signal_acknowledgements(code, at_ms, actor, reason) VALUES (?, ?, ?, ?)
            ON CONFLICT(code) DO UPDATE SET at_ms = excluded.at_ms, actor = excluded.actor, reason = excluded.reason
            """).execute(arguments: [code.storageBytes, Self.milliseconds(now), actor.name, reason])
        try appendAudit(actor, .acknowledgeCopySignal, .label, code.text, from: "signalled", to: "acknowledged", reason: reason)
    }
}
