import Testing
@testable import RegistryCore

@Suite struct ApplicationWorkflowTests {

    /// Every workflow step, taken by an actor allowed to take it.
    static let steps: [String: @Sendable (inout Application) throws -> Void] = [
        "submit": { try $0.submit(by: Fixtures.clerk, on: Fixtures.day) },
        "accept": { try $0.accept(by: Fixtures.clerk) },
        "return": { try $0.returnForEvidence(by: Fixtures.clerk, reason: "缺材料") },
        "review": { try $0.review(by: Fixtures.reviewer, findings: "属实") },
        "approve": { try $0.approve(by: Fixtures.approver, on: Fixtures.day, verdicts: Fixtures.passing(), publicityWorkingDays: 5) },
        "reject": { try $0.reject(by: Fixtures.approver, on: Fixtures.day, reason: "不符合") },
        "object": { _ = try $0.recordObjection(by: Fixtures.clerk, raisedBy: "张先生", text: "异议", on: Fixtures.day) },
        "close": { try $0.closePublicity(by: Fixtures.approver, on: Fixtures.day.adding(days: 30)) },
    ]

    /// The steps allowed from each state; every other step must be refused.
    static let allowed: [ApplicationState: Set<String>] = [
        .draft: ["submit"],
        .submitted: ["accept", "return"],
        .accepted: ["return", "review", "reject"],
        .returned: ["submit"],
        .reviewed: ["approve", "reject"],
        .publicity: ["reject", "object", "close"],
        .rejected: [],
        .granted: [],
    ]

    @Test(arguments: ApplicationState.allCases)
    func everyTransitionIsAllowedOrRefused(_ state: ApplicationState) throws {
        for (name, step) in Self.steps {
            var application = try Fixtures.application(in: state)
            if Self.allowed[state]!.contains(name) {
                #expect(throws: Never.self, "\(name) from \(state)") { try step(&application) }
            } else {
                #expect(throws: RegistryError.self, "\(name) from \(state)") { try step(&application) }
                #expect(application.state == state)
            }
        }
    }

    @Test func theReviewerMayNotApprove() throws {
        var application = try Fixtures.application(in: .reviewed)
        #expect(throws: RegistryError.fourEyes(application: "SQ-2026-0001", reviewer: "李强")) {
            try application.approve(by: Fixtures.reviewerActingAsApprover, on: Fixtures.day, verdicts: Fixtures.passing(), publicityWorkingDays: 5)
        }
        #expect(application.state == .reviewed)
    }

    @Test func aRoleMayOnlyTakeItsOwnActions() throws {
        var application = try Fixtures.application(in: .reviewed)
        #expect(throws: RegistryError.roleNotAllowed(role: .clerk, action: .approveApplication)) {
            try application.approve(by: Fixtures.clerk, on: Fixtures.day, verdicts: Fixtures.passing(), publicityWorkingDays: 5)
        }
        var accepted = try Fixtures.application(in: .accepted)
        #expect(throws: RegistryError.roleNotAllowed(role: .approver, action: .reviewApplication)) {
            try accepted.review(by: Fixtures.approver, findings: "x")
        }
    }

    @Test func approvalNeedsEveryRuleToPass() throws {
        var application = try Fixtures.application(in: .reviewed)
        let verdicts = Fixtures.passing() + [RuleVerdict(ruleID: "x", title: "检测合格", outcome: .needsEvidence, reason: "缺报告")]
        #expect(throws: RegistryError.self) { try application.approve(by: Fixtures.approver, on: Fixtures.day, verdicts: verdicts, publicityWorkingDays: 5) }
        #expect(application.state == .reviewed)
    }

    @Test func publicityLastsFiveWorkingDaysAndObjectionsBlockClosing() throws {
        var application = try Fixtures.application(in: .publicity)
        let ends = try #require(application.publicityEndsOn)
        #expect(ends.description == "2026-08-10")
        #expect(throws: RegistryError.publicityNotOver(application: "SQ-2026-0001", endsOn: ends)) {
            try application.closePublicity(by: Fixtures.approver, on: ends)
        }
        let id = try application.recordObjection(by: Fixtures.clerk, raisedBy: "张先生", text: "去年遭冰雹", on: ends)
        #expect(throws: RegistryError.openObjections(application: "SQ-2026-0001", count: 1)) {
            try application.closePublicity(by: Fixtures.approver, on: ends.adding(days: 1))
        }
        try application.resolveObjection(id, upheld: false, by: Fixtures.approver, reason: "不属实", on: ends)
        try application.closePublicity(by: Fixtures.approver, on: ends.adding(days: 1))
        #expect(application.state == .granted)
    }

    @Test func anUpheldObjectionRejects() throws {
        var application = try Fixtures.application(in: .publicity)
        let id = try application.recordObjection(by: Fixtures.clerk, raisedBy: "张先生", text: "冒用外地葡萄", on: Fixtures.day)
        try application.resolveObjection(id, upheld: true, by: Fixtures.approver, reason: "查实", on: Fixtures.day)
        #expect(application.state == .rejected)
        #expect(application.rejectionReason?.contains("公示异议成立") == true)
    }
}
