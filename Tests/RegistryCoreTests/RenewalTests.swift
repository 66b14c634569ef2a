import Testing
@testable import RegistryCore

/// 续展 as an application: the window, the new term's dates, one renewal per term, and the labels of a
/// term that ended.
@Suite struct RenewalTests {
    /// A grape licence granted on 2026-08-03, valid until 2027-08-02.
    func granted() throws -> Licence {
        try Licence(number: "YQYB-P-2026-0001", application: try Fixtures.application(in: .granted), subject: Fixtures.grape(),
                    on: Fixtures.day, policy: Fixtures.policy)
    }

    /// A renewal application of the licence made on `day`, taken through the workflow to granted.
    func grantedRenewal(of licence: Licence, on day: Day, number: String = "SQ-2027-0001") throws -> Application {
        let request = try licence.renewalRequest(by: Fixtures.clerk, on: day, policy: Fixtures.policy)
        var application = Application(number: number, subject: Fixtures.grape(), evidence: [], renewal: request)
        try application.submit(by: Fixtures.clerk, on: day)
        try application.accept(by: Fixtures.clerk)
        try application.review(by: Fixtures.reviewer, findings: "材料齐全")
        try application.approve(by: Fixtures.approver, on: day, verdicts: Fixtures.passing(), publicityWorkingDays: nil)
        return application
    }

    @Test(arguments: [("2027-05-04", true), ("2027-05-03", false), ("2027-10-31", true), ("2027-11-01", false)])
    func theWindowRunsFrom90DaysBeforeTheEndTo90DaysAfter(day: String, open: Bool) throws {
        let licence = try granted()
        #expect(licence.validUntil == Day("2027-08-02"))
        if open {
            #expect(try licence.renewalRequest(by: Fixtures.clerk, on: Day(day)!, policy: Fixtures.policy).renewsTerm == 1)
        } else {
            let refusal = #expect(throws: RegistryError.self) { try licence.renewalRequest(by: Fixtures.clerk, on: Day(day)!, policy: Fixtures.policy) }
            let late = day == "2027-11-01"
            #expect(refusal == .outsideRenewalWindow(licence: licence.number, validUntil: Day("2027-08-02")!,
                                                     opens: Day("2027-05-04")!, closes: Day("2027-10-31")!, tooLate: late))
            #expect(refusal?.chinese.contains(late ? "请重新申请准入" : "尚未到续展申请期") == true)
        }
    }

    @Test func theNewTermStartsTheDayAfterTheOldOneEndsWhenEverItIsGranted() throws {
        for day in ["2027-05-04", "2027-08-02", "2027-10-31"] {
            var licence = try granted()
            let application = try grantedRenewal(of: licence, on: Day(day)!)
            #expect(application.state == .granted)
            #expect(application.publicityEndsOn == nil)
            try licence.renew(by: Fixtures.approver, granting: application, on: Day(day)!, policy: Fixtures.policy)
            #expect(licence.number == "YQYB-P-2026-0001")
            #expect(licence.terms.map(\.number) == [1, 2])
            #expect(licence.terms[1].from == Day("2027-08-03"))
            #expect(licence.terms[1].until == Day("2028-08-02"))
            #expect(licence.terms[1].season == 2027)
            #expect(licence.terms[1].applicationNumber == "SQ-2027-0001")
            #expect(licence.validUntil == Day("2028-08-02"))
            #expect(licence.status(on: Day(day)!) == .active)
        }
    }

    @Test func aTermIsRenewedOnceAndTheNextOnlyInItsOwnWindow() throws {
        var licence = try granted()
        let day = Day("2027-07-01")!
        let first = try grantedRenewal(of: licence, on: day)
        let second = try grantedRenewal(of: licence, on: day, number: "SQ-2027-0002")
        try licence.renew(by: Fixtures.approver, granting: first, on: day, policy: Fixtures.policy)
        #expect(throws: RegistryError.termAlreadyRenewed(licence: licence.number, term: 1, application: "SQ-2027-0001")) {
            try licence.renew(by: Fixtures.approver, granting: second, on: day, policy: Fixtures.policy)
        }
        #expect(throws: RegistryError.self) { try licence.renewalRequest(by: Fixtures.clerk, on: day, policy: Fixtures.policy) }
        #expect(try licence.renewalRequest(by: Fixtures.clerk, on: Day("2028-05-04")!, policy: Fixtures.policy).renewsTerm == 2)
        #expect(licence.validUntil == Day("2028-08-02"))
    }

    @Test func onlyTheClerkAppliesAndNeverForAWithdrawnLicence() throws {
        var licence = try granted()
        let day = Day("2027-07-01")!
        #expect(throws: RegistryError.roleNotAllowed(role: .approver, action: .applyForRenewal)) {
            try licence.renewalRequest(by: Fixtures.approver, on: day, policy: Fixtures.policy)
        }
        try licence.revoke(by: Fixtures.approver, on: day, category: .labelMisuse, reason: "转借")
        #expect(throws: RegistryError.self) { try licence.renewalRequest(by: Fixtures.clerk, on: day, policy: Fixtures.policy) }
    }

    @Test func anAdmissionCannotRenewALicence() throws {
        var licence = try granted()
        let admission = try Fixtures.application(in: .granted)
        #expect(throws: RegistryError.self) {
            try licence.renew(by: Fixtures.approver, granting: admission, on: Day("2027-07-01")!, policy: Fixtures.policy)
        }
    }

    @Test func labelsOfAnEndedTermExpireEvenAfterRenewalUnlessTheyFollowTheLicence() throws {
        var licence = try granted()
        let day = Day("2027-07-01")!
        try licence.renew(by: Fixtures.approver, granting: try grantedRenewal(of: licence, on: day), on: day, policy: Fixtures.policy)
        let after = Day("2027-08-03")!
        #expect(licence.status(on: after) == .active)
        let old = licence.status(ofLabelsIssuedIn: 1, on: after, validity: .term)
        #expect(old.state == .expired)
        #expect(old.source == .batch)
        #expect(old.since == after)
        #expect(licence.status(ofLabelsIssuedIn: 1, on: Day("2027-08-02")!, validity: .term).state == .valid)
        #expect(licence.status(ofLabelsIssuedIn: 2, on: after, validity: .term).state == .valid)
        #expect(licence.status(ofLabelsIssuedIn: 1, on: after, validity: .licence).state == .valid)
    }
}
