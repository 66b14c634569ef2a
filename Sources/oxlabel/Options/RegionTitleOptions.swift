import ArgumentParser
import RegistryCore

/// The region title's facts `init` records in a new registry, in place of those of
/// `Schemas/rules/region-title.json`.
struct RegionTitleOptions: ParsableArguments {
    @Option(help: "The day the title was awarded, YYYY-MM-DD (default: rules/region-title.json).") var titleAwarded: String?
    @Option(help: "The day of its latest passed recheck, YYYY-MM-DD (default: rules/region-title.json).") var titleRechecked: String?
    @Option(help: "The day it is valid until, YYYY-MM-DD (default: rules/region-title.json).") var titleValidUntil: String?

    /// Whether any fact was given.
    var isGiven: Bool { titleAwarded != nil || titleRechecked != nil || titleValidUntil != nil }

    /// The rules with the facts given here in place of the file's; refused when they do not fit together.
    func applied(to file: RegionTitleRules) throws -> RegionTitleRules {
        var rules = file
        if let day = try DayOption.parse(titleAwarded, option: "--title-awarded") { rules.awardedOn = day }
        if let day = try DayOption.parse(titleRechecked, option: "--title-rechecked") { rules.lastRecheckOn = day }
        if let day = try DayOption.parse(titleValidUntil, option: "--title-valid-until") { rules.validUntil = day }
        if isGiven { rules.note = nil }
        guard rules.validUntil >= rules.awardedOn else {
            throw CLIError.badValue(option: "--title-valid-until", value: rules.validUntil.description, expected: "a day after the award, \(rules.awardedOn)")
        }
        if let rechecked = rules.lastRecheckOn, rechecked < rules.awardedOn || rechecked > rules.validUntil {
            throw CLIError.badValue(option: "--title-rechecked", value: rechecked.description,
                                    expected: "a day from \(rules.awardedOn) to \(rules.validUntil)")
        }
        return rules
    }
}
