/// `Schemas/rules/region-title.json`: the title's facts a new registry records (awarded, last recheck,
/// valid until, note), the length of a recheck cycle, and the terms every registry works with (the
/// [default] warning lead and grace).
public struct RegionTitleRules: Codable, Sendable, Hashable {
    public var version: String
    public var status: String
    public var awardedOn: Day
    public var lastRecheckOn: Day?
    public var validUntil: Day
    public var note: String?
    /// Years from one recheck to the next (CMA: three).
    public var recheckCycleYears: Int
    public var warningLeadDays: Int
    public var graceDays: Int

    /// The bounds of a recheck cycle a rules file may name.
    public static let cycleRange = 1...10

    public var terms: RegionTitleTerms { RegionTitleTerms(warningLeadDays: warningLeadDays, graceDays: graceDays) }

    /// The title as a new registry records it: valid, no recheck recorded.
    public var title: RegionTitle {
        RegionTitle(awardedOn: awardedOn, lastRecheckOn: lastRecheckOn, validUntil: validUntil, standing: .valid, note: note, terms: terms)
    }

    /// What is wrong with the file's values, in English for the configuration error; nil when nothing is.
    public var problem: String? {
        if !RegionTitleTerms.leadRange.contains(warningLeadDays) { return "warningLeadDays must be within \(RegionTitleTerms.leadRange)" }
        if !RegionTitleTerms.graceRange.contains(graceDays) { return "graceDays must be within \(RegionTitleTerms.graceRange)" }
        if !Self.cycleRange.contains(recheckCycleYears) { return "recheckCycleYears must be within \(Self.cycleRange)" }
        if validUntil < awardedOn { return "validUntil \(validUntil) is before awardedOn \(awardedOn)" }
        if let lastRecheckOn, lastRecheckOn < awardedOn || lastRecheckOn > validUntil {
            return "lastRecheckOn \(lastRecheckOn) is not between awardedOn and validUntil"
        }
        return nil
    }

    /// The title carried forward by whole recheck cycles, each passed, until it is valid on `day`:
    /// the demo's title, so that a demo made in any year rests on a valid title.
    public func title(validOn day: Day) -> RegionTitle {
        var title = self.title
        while title.validUntil < day {
            let next = title.validUntil.adding(months: 12 * recheckCycleYears)
            guard next > title.validUntil else { break }
            title.validUntil = next
            title.lastRecheckOn = title.lastRecheckOn?.adding(months: 12 * recheckCycleYears)
            title.recheck = RegionTitleRecheck(outcome: .passed, recordedOn: title.lastRecheckOn ?? title.validUntil)
        }
        return title
    }
}
