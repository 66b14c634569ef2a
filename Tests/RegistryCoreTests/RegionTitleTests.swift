import Testing
@testable import RegistryCore

/// The region title over its term: valid, warned of, under recheck within the grace, lapsed, failed
/// and passed, and what labels show at each step.
struct RegionTitleTests {
    let title = Fixtures.title
    let validUntil = Day("2026-12-31")!

    func shown(_ title: RegionTitle, _ day: String) -> DisplayStatus { DisplayStatus.of(title, on: Day(day)!) }

    func pending(on day: String) throws -> RegionTitle { try title.recording(.pending, on: Day(day)!, validUntil: nil) }

    @Test func beforeTheLeadItIsValidWithoutWarning() {
        #expect(title.phase(on: Day("2026-10-31")!) == .valid)
        #expect(title.warning(on: Day("2026-10-31")!) == nil)
        #expect(shown(title, "2026-10-31") == DisplayStatus(state: .valid, source: .regionTitle))
    }

    @Test func insideTheLeadItWarnsWithTheDateAndDaysLeft() throws {
        #expect(title.phase(on: Day("2026-11-01")!) == .dueForRecheck(daysLeft: 60, recheckPending: false))
        let warning = try #require(title.warning(on: Day("2026-12-02")!))
        #expect(warning.contains("2026-12-31") && warning.contains("还剩 29 天") && warning.contains("申请复查"))
        #expect(shown(title, "2026-12-02").state == .valid)
        #expect(shown(title, "2026-12-31").state == .valid)
        let applied = try pending(on: "2026-12-02")
        #expect(applied.phase(on: Day("2026-12-02")!) == .dueForRecheck(daysLeft: 29, recheckPending: true))
        #expect(try #require(applied.warning(on: Day("2026-12-02")!)).contains("复查申请已登记"))
    }

    @Test func afterTheDateWithoutARecordedRecheckLabelsAreSuspendedWithTheReason() {
        let status = shown(title, "2027-01-01")
        #expect(status.state == .suspended && status.source == .regionTitle && status.since == Day("2027-01-01"))
        #expect(status.reason == "延庆区中国天然氧吧称号已于 2026-12-31 到期，未登记复查申请")
        #expect(!title.isValid(on: Day("2027-01-01")!))
    }

    @Test func afterTheDateWithARecheckPendingLabelsStayValidForTheGraceWithTheNotice() throws {
        let applied = try pending(on: "2026-12-10")
        let graceEnds = Day("2027-06-29")!
        #expect(validUntil.adding(days: 180) == graceEnds)
        for day in ["2027-01-01", "2027-03-01", "2027-06-29"] {
            let status = shown(applied, day)
            #expect(status.state == .valid, "\(day)")
            #expect(status.notice == .regionTitleUnderRecheck(graceEndsOn: graceEnds), "\(day)")
            #expect(applied.isValid(on: Day(day)!))
        }
        #expect(try #require(applied.warning(on: Day("2027-03-01")!)).contains("宽限期"))
        #expect(StatusNotice.regionTitleUnderRecheck(graceEndsOn: graceEnds).chinese.hasPrefix("称号复查中"))
    }

    @Test func afterTheGraceLabelsAreSuspended() throws {
        let status = shown(try pending(on: "2026-12-10"), "2027-06-30")
        #expect(status.state == .suspended && status.since == Day("2027-06-30") && status.notice == nil)
        #expect(status.reason?.contains("宽限期已过") == true)
    }

    @Test func aFailedRecheckSuspendsFromTheDayItIsRecorded() throws {
        let failed = try pending(on: "2026-12-10").recording(.failed, on: Day("2027-02-01")!, validUntil: nil)
        let status = shown(failed, "2027-02-01")
        #expect(status.state == .suspended && status.since == Day("2027-02-01") && status.reason == "延庆区中国天然氧吧称号复查未通过")
        #expect(try #require(failed.warning(on: Day("2027-02-01")!)).contains("复查未通过"))
    }

    @Test func aPassedRecheckRunsToItsNewDate() throws {
        let passed = try pending(on: "2026-12-10").recording(.passed, on: Day("2027-02-01")!, validUntil: Day("2029-12-31"))
        #expect(passed.validUntil == Day("2029-12-31") && passed.lastRecheckOn == Day("2027-02-01"))
        #expect(shown(passed, "2027-02-01") == DisplayStatus(state: .valid, source: .regionTitle))
        #expect(passed.warning(on: Day("2027-02-01")!) == nil)
        #expect(passed.phase(on: Day("2029-11-15")!) == .dueForRecheck(daysLeft: 46, recheckPending: false))
        #expect(shown(passed, "2030-01-01").reason?.contains("2029-12-31") == true)
    }

    @Test func aPassedRecheckNeedsALaterDate() throws {
        #expect(throws: FieldError.self) { try title.recording(.passed, on: Day("2026-12-10")!, validUntil: nil) }
        #expect(throws: FieldError.self) { try title.recording(.passed, on: Day("2026-12-10")!, validUntil: Day("2026-12-31")) }
        #expect(throws: FieldError.self) { try title.recording(.passed, on: Day("2027-03-01")!, validUntil: Day("2027-02-01")) }
    }

    @Test func suspensionAndRevocationOutrankEverything() throws {
        var withdrawn = try pending(on: "2026-12-10")
        withdrawn.standing = .suspended
        #expect(shown(withdrawn, "2026-11-01").state == .suspended)
        withdrawn.standing = .revoked
        #expect(shown(withdrawn, "2027-01-05").state == .revoked)
    }

    @Test func theNoticeSurvivesTheCascadeOnlyWhileEverythingIsValid() throws {
        let applied = try pending(on: "2026-12-10")
        let licence = DisplayStatus(state: .valid, source: .licence)
        let valid = DisplayStatus.cascade([DisplayStatus.of(applied, on: Day("2027-02-01")!), licence])
        #expect(valid.state == .valid && valid.notice != nil)
        let suspended = DisplayStatus.cascade([DisplayStatus.of(applied, on: Day("2027-02-01")!), DisplayStatus(state: .suspended, source: .licence)])
        #expect(suspended.notice == nil)
    }

    @Test func theAdmissionRuleAcceptsATitleUnderRecheck() throws {
        #expect(try pending(on: "2026-12-10").isValid(on: Day("2027-02-01")!))
        #expect(!title.isValid(on: Day("2027-02-01")!))
    }

    @Test func rulesCarryTheTitleForwardByPassedCycles() throws {
        let rules = RegionTitleRules(version: "t", status: "t", awardedOn: Day("2020-12-01")!, lastRecheckOn: Day("2023-12-15"),
                                     validUntil: validUntil, note: nil, recheckCycleYears: 3, warningLeadDays: 60, graceDays: 180)
        #expect(rules.title(validOn: Day("2026-12-02")!) == rules.title)
        let later = rules.title(validOn: Day("2027-12-02")!)
        #expect(later.validUntil == Day("2029-12-31") && later.lastRecheckOn == Day("2026-12-15") && later.recheck?.outcome == .passed)
        #expect(rules.title(validOn: Day("2033-01-01")!).validUntil == Day("2035-12-31"))
        var broken = rules
        broken.graceDays = -1
        #expect(broken.problem != nil)
        #expect(rules.problem == nil)
    }
}
