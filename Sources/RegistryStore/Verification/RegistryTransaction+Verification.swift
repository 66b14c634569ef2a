import RegistryCore
import GRDB

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
        let facts = BatchPageFacts(batch: batch, licence: entry, above: above, certificate: try labelCertificate(of: entry.licence), nai: try labelNAI(of: entry.licence),
                                   ingredients: try labelIngredients(of: entry.licence))
        batchPageFacts?.store(facts, batchID: batchID, stamp: stamp, day: today)
        return facts
    }

    /// A dish's declared ingredients with their weight shares and the licences of the products they come
    /// from; none for any other kind of subject.
    func labelIngredients(of licence: Licence) throws -> [LabelIngredient] {
        guard licence.kind == .dish, case .dish(let dish) = try subject(licence.subjectID).details else { return [] }
        let total = dish.totalGrams
        return try dish.ingredients.map { ingredient in
            LabelIngredient(name: ingredient.name, share: total > 0 ? ingredient.grams / total : 0,
                            source: try ingredient.sourceSubjectID.flatMap { try sourceLicence(ofSubject: $0) })
        }
    }

    /// The licence a product's labels stand on: its active one, otherwise the one valid longest.
    private func sourceLicence(ofSubject id: Int64) throws -> DirectoryEntry? {
        let number = try String.fetchOne(try db.cachedStatement(sql: """
            SELECT number FROM licences WHERE subject_id = ? ORDER BY status = 'active' DESC, valid_until DESC, number DESC LIMIT 1
            """), arguments: [id])
        return try number.flatMap { try directoryEntry($0) }
    }
}
