@testable import RegistryCore

/// Domain values shared by the core tests.
enum Fixtures {
    static let clerk = try! Actor(name: "王芳", role: .clerk)
    static let reviewer = try! Actor(name: "李强", role: .reviewer)
    static let approver = try! Actor(name: "赵敏", role: .approver)
    static let meteorologist = try! Actor(name: "孙卫东", role: .meteorologist)
    static let reviewerActingAsApprover = try! Actor(name: "李强", role: .approver)
    static let day = Day("2026-08-03")!

    /// A region title valid until the end of 2026, warned of 60 days ahead, with a 180-day grace.
    static let title = RegionTitle(awardedOn: Day("2020-12-01")!, lastRecheckOn: Day("2023-12-15")!, validUntil: Day("2026-12-31")!,
                                   standing: .valid, terms: RegionTitleTerms(warningLeadDays: 60, graceDays: 180))

    static let policy = WorkflowPolicy(
        version: "test", publicityWorkingDays: 5, spoilageAllowance: 1.05, revocationBarMonths: 12, fraudBarMonths: 36,
        productLicenceMonths: 12, homestayLicenceMonths: 36, dishLicenceMonths: 36, annualCheckMonths: 12,
        homestayPlaqueQuota: 10, dishCardQuota: 300, maximumLabelQuota: 10_000_000, minimumPackSizeKg: 0.001,
        renewalWindowDaysBefore: 90, renewalWindowDaysAfter: 90, renewalPublicity: true,
        productLabels: .term, homestayLabels: .licence, dishLabels: .licence)

    static let grower = try! Operator(uscc: USCC.completing("93110119MA01ABCD1")!.value,
                                      name: "延庆区前黑龙庙葡萄种植专业合作社", kind: .cooperative, town: "张山营镇", address: "前黑龙庙村 8 号")

    static func grape(id: Int64 = 1) -> Subject {
        var subject = try! Subject(operatorID: grower.uscc, name: "前黑龙庙巨峰葡萄", town: "张山营镇", details: .product(ProductDetails(
            crop: "葡萄", variety: "巨峰", plot: "东坡地块", location: GeoPoint(latitude: 40.49, longitude: 115.87, elevation: 520),
            areaMu: 100, season: 2026, expectedOutputKg: 150_000, packSizeKg: 5)))
        subject.id = id
        return subject
    }

    static func passing(_ count: Int = 1) -> [RuleVerdict] {
        (0..<count).map { RuleVerdict(ruleID: "r\($0)", title: "条件\($0)", outcome: .pass, reason: "符合") }
    }

    /// An application taken through the workflow up to (and including) a state.
    static func application(in state: ApplicationState) throws -> Application {
        var a = Application(number: "SQ-2026-0001", subject: grape(), evidence: [])
        if state == .draft { return a }
        try a.submit(by: clerk, on: day)
        if state == .submitted { return a }
        if state == .returned { try a.returnForEvidence(by: clerk, reason: "缺检测报告"); return a }
        try a.accept(by: clerk)
        if state == .accepted { return a }
        try a.review(by: reviewer, findings: "材料齐全")
        if state == .reviewed { return a }
        if state == .rejected { try a.reject(by: approver, on: day, reason: "不符合"); return a }
        try a.approve(by: approver, on: day, verdicts: passing(), publicityWorkingDays: 5)
        if state == .publicity { return a }
        try a.closePublicity(by: approver, on: day.adding(days: 30))
        return a
    }
}
