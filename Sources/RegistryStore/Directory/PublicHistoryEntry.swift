import RegistryCore

/// One step of a licence's public status history: what happened on which day, the status it left,
/// and the reason category. Staff names, roles and internal notes are not part of it.
public struct PublicHistoryEntry: Sendable, Hashable, Codable {
    /// The day the step took effect (Beijing).
    public var day: Day
    public var event: Event
    /// The licence's status after the step.
    public var status: LicenceStatus
    /// The public reason: the revocation category, or the suspension's stated reason.
    public var reason: String?
    /// The correction deadline of a suspension.
    public var correctionDeadline: Day?

    /// The kinds of step the public sees.
    public enum Event: String, Sendable, Hashable, Codable, CaseIterable {
        case granted
        case suspended
        case reinstated
        case revoked
        case surrendered
        case renewed
        /// The climate-quality certificate the licence rested on was revoked: its labels show 已暂停
        /// until the approver decides.
        case certificateRevoked
        /// The approver reinstated the licence on another certificate or certification.
        case basisReviewed
        case expired

        /// The audit action that records the step.
        var auditAction: AuditAction? {
            switch self {
            case .granted: .grantLicence
            case .suspended: .suspendLicence
            case .reinstated: .reinstateLicence
            case .revoked: .revokeLicence
            case .surrendered: .surrenderLicence
            case .renewed: .renewLicence
            case .basisReviewed: .reviewLicenceBasis
            case .certificateRevoked, .expired: nil
            }
        }
    }
}
