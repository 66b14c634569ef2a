import RegistryCore
import RegistryStore

/// The day's status of every licence and every withdrawn or expired batch, for inspectors who verify offline, and
/// the audit chain's head, which anchors the chain outside the registry once an inspector keeps a copy.
struct StatusSnapshot: Encodable {
    let date: String
    let audit: AuditHead
    let licences: [LicenceLine]
    /// Batches whose labels show revoked or voided because of the batch itself, or expired with the
    /// licence term they were issued in.
    let batches: [BatchLine]

    struct LicenceLine: Encodable {
        let number: String
        let status: String
    }

    struct BatchLine: Encodable {
        let number: String
        let licence: String
        let status: String
        let since: String?
    }

    init(_ tx: RegistryTransaction) throws {
        date = tx.today.description
        audit = try tx.auditHead()
        let entries = try tx.directoryEntries(DirectoryFilter()).sorted { $0.licence.number < $1.licence.number }
        licences = entries.map { LicenceLine(number: $0.licence.number, status: $0.status.state.rawValue) }
        batches = try entries.flatMap { entry in
            try tx.labelBatches(licence: entry.licence.number).compactMap { batch -> BatchLine? in
                let status = try tx.displayStatus(of: batch)
                guard status.source == .batch, [.revoked, .voided, .expired].contains(status.state) else { return nil }
                return BatchLine(number: batch.number, licence: batch.licenceNumber, status: status.state.rawValue, since: status.since?.description)
            }
        }
    }
}
