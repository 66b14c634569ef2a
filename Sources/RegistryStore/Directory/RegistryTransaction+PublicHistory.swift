import Foundation
import RegistryCore

extension RegistryTransaction {
    /// A licence's status history for the public, oldest first, read from the audit trail; the
    /// revocation of a certificate it rested on, and a lapse of a term, which no one records on the
    /// licence, are steps too (a lapse at the end of the validity date, or between two terms when the
    /// renewal was granted after the earlier one ended).
    public func publicHistory(of licence: Licence) throws -> [PublicHistoryEntry] {
        struct Details: Decodable {
            var category: RevocationReason?
            var correctionDeadline: Day?
            var certificate: String?
            var replaced: String?
        }
        let events = try auditEvents(entity: .licence, id: licence.number, limit: Int(Int32.max)).reversed()
        var history: [PublicHistoryEntry] = try events.flatMap { event -> [PublicHistoryEntry] in
            guard let kind = PublicHistoryEntry.Event.allCases.first(where: { $0.auditAction == event.action }),
                  let status = event.to.flatMap(LicenceStatus.init(rawValue:)) else { return [] }
            let details = event.details.flatMap { try? Self.decoder.decode(Details.self, from: Data($0.utf8)) }
            let reason: String? = switch kind {
            case .revoked: details?.category?.chinese
            case .suspended: event.reason
            case .basisReviewed: details?.certificate.map { "改依据气候品质认证证书 \($0)" } ?? "改依据其他认证"
            default: nil
            }
            let step = PublicHistoryEntry(day: Day(event.at), event: kind, status: status, reason: reason,
                                          correctionDeadline: kind == .suspended ? details?.correctionDeadline : nil)
            guard kind == .basisReviewed, let replaced = details?.replaced else { return [step] }
            return try certificateRevoked(replaced, under: licence).map { [$0, step] } ?? [step]
        }
        if let current = licence.climateCertificate, let revoked = try certificateRevoked(current, under: licence) {
            history.append(revoked)
        }
        for (ended, next) in zip(licence.terms, licence.terms.dropFirst()) where next.grantedOn > ended.until {
            history.append(PublicHistoryEntry(day: ended.until.adding(days: 1), event: .expired, status: .expired))
        }
        if licence.status(on: today) == .expired {
            history.append(PublicHistoryEntry(day: licence.validUntil.adding(days: 1), event: .expired, status: .expired))
        }
        return history.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    }

    /// The step of a certificate's revocation on the history of a licence that rested on it.
    private func certificateRevoked(_ number: String, under licence: Licence) throws -> PublicHistoryEntry? {
        guard let certificate = try climateCertificates(subjectID: licence.subjectID).first(where: { $0.number == number }),
              let revocation = certificate.revocation else { return nil }
        return PublicHistoryEntry(day: revocation.on, event: .certificateRevoked, status: .suspended,
                                  reason: certificate.displayStatus(on: today).reason)
    }
}
