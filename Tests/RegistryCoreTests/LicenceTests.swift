import Testing
@testable import RegistryCore

@Suite struct LicenceTests {
    func granted() throws -> Licence {
        try Licence(number: "YQYB-P-2026-0001", application: try Fixtures.application(in: .granted), subject: Fixtures.grape(),
                    on: Fixtures.day, policy: Fixtures.policy)
    }

    @Test func quotaAndValidityFollowThePolicy() throws {
        let licence = try granted()
        #expect(licence.quota == 31_500)
        #expect(licence.validUntil.description == "2027-08-02")
        #expect(licence.status(on: Day("2027-08-02")!) == .active)
        #expect(licence.status(on: Day("2027-08-03")!) == .expired)
    }

    @Test(arguments: [(0.000_000_000_01, 150_000.0), (0.000_999, 150_000.0), (1.0, 9_600_000.0), (5.0, 9.9e8)])
    func aQuotaBeyondThePolicysBoundsIsRefusedNotTrapped(packKg: Double, expectedKg: Double) throws {
        var subject = Fixtures.grape()
        guard case .product(var product) = subject.details else { Issue.record("not a product"); return }
        product.packSizeKg = packKg
        product.expectedOutputKg = expectedKg
        subject.details = .product(product)
        #expect(throws: FieldError.self) {
            try Licence(number: "YQYB-P-2026-0001", application: try Fixtures.application(in: .granted), subject: subject,
                        on: Fixtures.day, policy: Fixtures.policy)
        }
    }

    @Test func theQuotaAtTheBoundsIsGranted() throws {
        guard case .product(var product) = Fixtures.grape().details else { Issue.record("not a product"); return }
        product.packSizeKg = 0.5
        product.expectedOutputKg = 1_000_000
        #expect(try Fixtures.policy.labelQuota(of: product) == 2_100_000)
        product.packSizeKg = 0.001
        product.expectedOutputKg = 9_000
        #expect((9_450_000...9_450_001).contains(try Fixtures.policy.labelQuota(of: product)))
    }

    @Test func suspendReinstateRevoke() throws {
        var licence = try granted()
        let day = Fixtures.day.adding(days: 10)
        #expect(throws: RegistryError.self) { try licence.reinstate(by: Fixtures.approver, on: day) }
        #expect(throws: RegistryError.self) { try licence.suspend(by: Fixtures.approver, on: day, reason: "抽检超标", correctionDeadline: day) }
        try licence.suspend(by: Fixtures.approver, on: day, reason: "抽检超标", correctionDeadline: day.adding(days: 30))
        #expect(licence.status(on: day) == .suspended)
        #expect(throws: RegistryError.self) { try licence.suspend(by: Fixtures.approver, on: day, reason: "again", correctionDeadline: day.adding(days: 3)) }
        try licence.reinstate(by: Fixtures.approver, on: day)
        #expect(licence.status(on: day) == .active)
        try licence.revoke(by: Fixtures.approver, on: day, category: .falseApplication, reason: "伪造检测报告")
        for attempt in [{ (l: inout Licence) in try l.reinstate(by: Fixtures.approver, on: day) },
                        { (l: inout Licence) in _ = try l.renewalRequest(by: Fixtures.clerk, on: day, policy: Fixtures.policy) },
                        { (l: inout Licence) in try l.surrender(by: Fixtures.clerk, on: day) }] {
            #expect(throws: RegistryError.self) { try attempt(&licence) }
        }
        #expect(licence.status(on: day) == .revoked)
        #expect(licence.barEnds(policy: Fixtures.policy)?.description == "2029-08-13")
    }

    @Test func onlyAnApproverSuspends() throws {
        var licence = try granted()
        #expect(throws: RegistryError.roleNotAllowed(role: .clerk, action: .suspendLicence)) {
            try licence.suspend(by: Fixtures.clerk, on: Fixtures.day, reason: "x", correctionDeadline: Fixtures.day.adding(days: 9))
        }
    }

    @Test func addingMonthsStaysWithinTheRegistrysYears() {
        let day = Day("2026-08-31")!
        #expect(day.adding(months: 6).description == "2027-02-28")
        #expect(day.adding(months: 12 * 2_000).description == "2999-12-31")
        #expect(day.adding(months: Int.max).description == "2999-12-31")
        #expect(day.adding(months: Int.min).description == "1900-01-31")
    }
}

@Suite struct CascadeTests {
    let day = Day("2026-09-01")!

    func licence() throws -> Licence {
        try Licence(number: "YQYB-P-2026-0001", application: try Fixtures.application(in: .granted), subject: Fixtures.grape(),
                    on: Fixtures.day, policy: Fixtures.policy)
    }

    @Test func aSuspendedRegionTitleSuspendsEveryLicence() throws {
        var title = Fixtures.title
        title.standing = .suspended
        let shown = DisplayStatus.of(try licence(), under: title, on: day)
        #expect(shown.state == .suspended)
        #expect(shown.source == .regionTitle)
    }

    @Test func aLapsedTitleWithoutRecheckSuspends() throws {
        let shown = DisplayStatus.of(try licence(), under: Fixtures.title, on: Day("2027-01-02")!)
        #expect(shown.state == .suspended)
        #expect(shown.reason?.contains("未登记复查申请") == true)
    }

    @Test func theWorstLevelWins() throws {
        var title = Fixtures.title
        title.standing = .suspended
        var revoked = try licence()
        try revoked.revoke(by: Fixtures.approver, on: day, category: .labelMisuse, reason: "转借")
        let shown = DisplayStatus.of(revoked, under: title, on: day)
        #expect(shown.state == .revoked)
        #expect(shown.source == .licence)
        #expect(shown.reason == "伪造、转让或超量使用标识")
        #expect(DisplayStatus.of(try licence(), under: Fixtures.title, on: day).state == .valid)
        #expect(DisplayStatus.of(try licence(), under: Fixtures.title, on: Day("2027-09-01")!).state == .expired)
    }
}
