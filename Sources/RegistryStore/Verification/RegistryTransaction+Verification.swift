import RegistryCore

extension RegistryTransaction {
    /// What the verification page of a code shows, or nil when no label has the code: a handful of
    /// indexed reads.
    public func verification(of code: LabelCode) throws -> LabelVerification? {
        guard let (label, batchID) = try storedLabel(code: code) else { return nil }
        let batch = try storedBatch(id: batchID)
        guard let entry = try directoryEntry(batch.licenceNumber) else {
            throw StoreError.corruptRecord(entity: .labelBatch, id: batch.number)
        }
        return LabelVerification(label: label, batch: batch, status: Self.displayStatus(of: label, in: batch, under: entry.status),
                                 licence: entry, certificate: try labelCertificate(of: entry.licence), nai: try labelNAI(of: entry.licence),
                                 scans: try scanSummary(of: code, batchID: batchID))
    }
}
