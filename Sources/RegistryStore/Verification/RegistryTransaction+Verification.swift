import RegistryCore

extension RegistryTransaction {
    /// What the verification page of a code shows, or nil when no label has the code: the label's own
    /// row (`LabelPageRow`), and its batch's facts from `BatchPageFactsCache` while the change stamp and
    /// the day hold, read afresh in this transaction otherwise.
    public func verification(of code: LabelCode) throws -> LabelVerification? {
        guard let row = try LabelPageRow.fetch(code, with: try db.cachedStatement(sql: LabelPageRow.sql)) else { return nil }
        return row.verification(of: code, facts: try pageFacts(ofBatch: row.batchID, stamp: row.stamp), day: today)
    }

    /// The page facts of a batch at the registry's change stamp, from the cache when they are known.
    private func pageFacts(ofBatch batchID: Int64, stamp: Int64) throws -> BatchPageFacts {
        if let known = batchPageFacts?.facts(batchID: batchID, stamp: stamp, day: today) { return known }
        let batch = try storedBatch(id: batchID)
        guard let entry = try directoryEntry(batch.licenceNumber) else {
            throw StoreError.corruptRecord(entity: .labelBatch, id: batch.number)
        }
        let above = DisplayStatus.cascade([entry.status, termStatus(of: batch, under: entry.licence)])
        let facts = BatchPageFacts(batch: batch, licence: entry, above: above, certificate: try labelCertificate(of: entry.licence), nai: try labelNAI(of: entry.licence))
        batchPageFacts?.store(facts, batchID: batchID, stamp: stamp, day: today)
        return facts
    }
}
