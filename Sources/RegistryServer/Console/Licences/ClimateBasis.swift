import RegistryCore
import RegistryStore

/// What a product licence's climate claim rests on, as the console's licence page shows it: the
/// certificate (or other certification), whether the licence waits for the approver's decision because
/// that certificate was revoked, and what it could be reinstated on.
struct ClimateBasis {
    /// "YQQP-2026-PT-0001（已撤销）" or "绿色食品证书 LB-…（有效至 …）"; nil when the licence rests on neither.
    let line: String?
    let awaitsReview: Bool
    /// Why the labels are suspended, when they are.
    let reason: String?
    /// The product's other certificates in force today.
    let candidates: [ClimateCertificate]
    /// The certifications the product rule accepts instead of a certificate.
    let alternatives: [EvidenceKind]

    static func read(_ licence: Licence, in tx: RegistryTransaction) throws -> ClimateBasis {
        let current = try tx.restingCertificate(of: licence)
        let line = current.map { "气候品质认证证书 \($0.number)（\($0.status(on: tx.today).chinese)）" }
            ?? licence.certification.map { "\($0.kind.chinese) \($0.reference)" + ($0.validUntil.map { "（有效至 \($0)）" } ?? "") }
        let awaitsReview = licence.awaitsReview(restingOn: current, on: tx.today)
        return ClimateBasis(
            line: line, awaitsReview: awaitsReview, reason: current?.displayStatus(on: tx.today).reason,
            candidates: awaitsReview ? try tx.climateCertificates(subjectID: licence.subjectID).filter { $0.status(on: tx.today) == .issued } : [],
            alternatives: tx.configuration.ruleSets[.product]?.climateRequirement?.alternatives ?? [])
    }
}
