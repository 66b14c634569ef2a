import Foundation
import RegistryCore

extension RegistryTransaction {
    /// A licence's status history for the public, oldest first, read from the audit trail; a lapse of a
    /// term, which no one records, is a step too: at the end of the validity date, or between two terms
    /// when the renewal was granted after the earlier one ended.
    public func publicHistory(of licence: Licence) throws -> [PublicHistoryEntry] {
        struct Details: Decodable {
            var category: RevocationReason?
            var correctionDeadline: Day?
        }
        let events = try auditEvents(entity: .licence, id: licence.number, limit: Int(Int32.max)).reversed()
        var history: [PublicHistoryEntry] = events.compactMap { event in
            guard let kind = PublicHistoryEntry.Event.allCases.first(where: { $0.auditAction == event.action }),
                  let status = event.to.flatMap(LicenceStatus.init(rawValue:)) else { return nil }
            let details = event.details.flatMap { try? Self.decoder.decode(Details.self, from: Data($0.utf8)) }
            let reason: String? = switch kind {
            case .revoked: details?.category?.chinese
            case .suspended: event.reason
            default: nil
            }
            return PublicHistoryEntry(day: Day(event.at), event: kind, status: status, reason: reason,
                                      correctionDeadline: kind == .suspended ? details?.correctionDeadline : nil)
        }
        for (ended, next) in zip(licence.terms, licence.terms.dropFirst()) where next.grantedOn > ended.until {
            history.append(PublicHistoryEntry(day: ended.until.adding(days: 1), event: .expired, status: .expired))
        }
        if licence.status(on: today) == .expired {
            history.append(PublicHistoryEntry(day: licence.validUntil.adding(days: 1), event: .expired, status: .expired))
        }
        return history.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    }
}
