/// 天然氧吧称号: Yanqing's China Natural Oxygen Bar title, awarded by CMA and rechecked every few years.
/// Every licence hangs on it: when it is not valid, no label is. Its facts are data (recorded by `init`
/// from `Schemas/rules/region-title.json` or the clerk's options, then by `region-title set`); the
/// warning lead and the grace come from the rules file.
public struct RegionTitle: Codable, Sendable, Hashable {
    public var awardedOn: Day
    public var lastRecheckOn: Day?
    public var validUntil: Day
    public var standing: Standing
    public var note: String?
    /// The latest recheck recorded: applied for (pending), passed or failed.
    public var recheck: RegionTitleRecheck?
    /// How early the registry warns and how long labels stay valid while a recheck is pending.
    public var terms: RegionTitleTerms

    /// The title's standing as decided by CMA; `lapsed` also follows from `validUntil`.
    public enum Standing: String, Codable, Sendable, CaseIterable {
        case valid
        case suspended
        case revoked

        public var chinese: String {
            switch self {
            case .valid: "有效"
            case .suspended: "暂停"
            case .revoked: "撤销"
            }
        }
    }

    public init(awardedOn: Day, lastRecheckOn: Day?, validUntil: Day, standing: Standing, note: String? = nil,
                recheck: RegionTitleRecheck? = nil, terms: RegionTitleTerms) {
        self.awardedOn = awardedOn
        self.lastRecheckOn = lastRecheckOn
        self.validUntil = validUntil
        self.standing = standing
        self.note = note
        self.recheck = recheck
        self.terms = terms
    }

    /// Where the title stands on a day: valid, due for its recheck, under recheck within the grace,
    /// lapsed, failed, suspended or revoked.
    public func phase(on day: Day) -> RegionTitlePhase {
        switch standing {
        case .suspended: return .suspended
        case .revoked: return .revoked
        case .valid: break
        }
        if let recheck, recheck.outcome == .failed { return .recheckFailed(on: recheck.recordedOn) }
        if day <= validUntil {
            let daysLeft = validUntil.daysSinceEpoch - day.daysSinceEpoch
            return daysLeft <= terms.warningLeadDays ? .dueForRecheck(daysLeft: daysLeft, recheckPending: isRecheckPending) : .valid
        }
        guard isRecheckPending else { return .lapsed(since: validUntil.adding(days: 1), recheckPending: false) }
        let graceEnds = validUntil.adding(days: terms.graceDays)
        return day <= graceEnds ? .underRecheck(graceEndsOn: graceEnds) : .lapsed(since: graceEnds.adding(days: 1), recheckPending: true)
    }

    /// Whether a recheck is recorded as applied for and not yet decided.
    public var isRecheckPending: Bool { recheck?.outcome == .pending }

    /// Whether labels may be valid on a day (also during the grace of a pending recheck).
    public func isValid(on day: Day) -> Bool { phase(on: day).labelsValid }

    /// The title after a recheck recorded on `day`: pending (applied for), passed (with the new
    /// valid-until, which must be later than the current one and than the day) or failed.
    public func recording(_ outcome: RegionTitleRecheck.Outcome, on day: Day, validUntil newValidUntil: Day?) throws(FieldError) -> RegionTitle {
        var title = self
        title.recheck = RegionTitleRecheck(outcome: outcome, recordedOn: day)
        switch outcome {
        case .pending, .failed:
            if let newValidUntil { title.validUntil = newValidUntil }
        case .passed:
            guard let newValidUntil else {
                throw .invalid(field: Self.validUntilField, chinese: "复查通过时须填写新的有效期", english: "a passed recheck needs the new valid-until date")
            }
            guard newValidUntil > validUntil, newValidUntil > day else {
                throw .invalid(field: Self.validUntilField, chinese: "新的有效期应晚于 \(max(validUntil, day))",
                               english: "the new valid-until must be later than \(max(validUntil, day))")
            }
            title.validUntil = newValidUntil
            title.lastRecheckOn = day
        }
        return title
    }

    static let validUntilField = FieldName("有效期至", "valid until")
}
