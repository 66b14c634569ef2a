/// Where the region title stands on a day, as labels, the console and `region-title show` see it.
public enum RegionTitlePhase: Sendable, Hashable {
    /// Valid, its end further away than the warning lead.
    case valid
    /// Valid, its end within the warning lead: the bureau should apply for the recheck.
    case dueForRecheck(daysLeft: Int, recheckPending: Bool)
    /// Past its end with a recheck pending: labels stay valid until the grace ends.
    case underRecheck(graceEndsOn: Day)
    /// Past its end with no recheck pending, or past the grace: labels are suspended from `since`.
    case lapsed(since: Day, recheckPending: Bool)
    /// A recorded failed recheck: labels are suspended.
    case recheckFailed(on: Day)
    case suspended
    case revoked

    /// Whether labels resting on the title may show 有效.
    public var labelsValid: Bool {
        switch self {
        case .valid, .dueForRecheck, .underRecheck: true
        case .lapsed, .recheckFailed, .suspended, .revoked: false
        }
    }
}
