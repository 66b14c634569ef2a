import RegistryCore

/// What every label of one batch shows alike on its verification page: the batch, the licence with
/// its holder, subject, town and status, what the batch's labels show from above (licence and the term
/// the batch was issued in), the certificate behind the grade, a homestay's NAI and a dish's ingredients. Shared by reference
/// between the pages of the batch's labels.
final class BatchPageFacts: Sendable {
    let batch: LabelBatch
    let licence: DirectoryEntry
    let above: DisplayStatus
    let certificate: LabelCertificate?
    let nai: LabelNAI?
    let ingredients: [LabelIngredient]

    init(batch: LabelBatch, licence: DirectoryEntry, above: DisplayStatus, certificate: LabelCertificate?, nai: LabelNAI?,
         ingredients: [LabelIngredient]) {
        self.batch = batch
        self.licence = licence
        self.above = above
        self.certificate = certificate
        self.nai = nai
        self.ingredients = ingredients
    }
}
