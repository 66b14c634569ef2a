import RegistryCore
import RegistryStore

/// The workflow actions the page offers: those the application's state allows and a role held
/// permits. Approving and closing publicity are tried on a copy first, so that a button the domain
/// would refuse is shown disabled with the domain's reason (the reviewer of the application may not
/// approve it; publicity not yet over).
struct ApplicationActionsView: Encodable {
    let canAccept: Bool
    let canReturn: Bool
    let canReview: Bool
    let approve: Button?
    let canReject: Bool
    let canRecordObjection: Bool
    /// The open objections the person may decide.
    let resolvable: [Int]
    let closePublicity: Button?
    let none: Bool

    /// A button that may be disabled, with the reason.
    struct Button: Encodable {
        let disabledReason: String?
    }

    init(_ application: Application, verdicts: [RuleVerdict], staff: SignedInStaff, tx: RegistryTransaction) {
        func offered(_ action: RegistryAction) -> Bool { application.allows(action) && staff.permits(action) }
        canAccept = offered(.acceptApplication)
        canReturn = offered(.returnApplication)
        canReview = offered(.reviewApplication)
        canReject = offered(.rejectApplication)
        canRecordObjection = offered(.recordObjection)
        resolvable = offered(.resolveObjection) ? application.objections.filter(\.isOpen).map(\.id) : []
        let today = tx.today
        let publicityDays = tx.configuration.policy.publicityWorkingDays(for: application)
        approve = Self.tried(.approveApplication, application, staff, offered) { copy, actor in
            try copy.approve(by: actor, on: today, verdicts: verdicts, publicityWorkingDays: publicityDays)
        }
        closePublicity = Self.tried(.closePublicity, application, staff, offered) { copy, actor in
            try copy.closePublicity(by: actor, on: today)
        }
        none = !(canAccept || canReturn || canReview || approve != nil || canReject || canRecordObjection || !resolvable.isEmpty
                 || closePublicity != nil)
    }

    /// The button for an action offered now, disabled with the domain's reason if a trial on a copy fails.
    private static func tried(_ action: RegistryAction, _ application: Application, _ staff: SignedInStaff, _ offered: (RegistryAction) -> Bool,
                              _ step: (inout Application, Actor) throws -> Void) -> Button? {
        guard offered(action), let actor = staff.account.actor(for: action) else { return nil }
        var copy = application
        do {
            try step(&copy, actor)
            return Button(disabledReason: nil)
        } catch let refusal as Refusal {
            return Button(disabledReason: refusal.chinese)
        } catch {
            return Button(disabledReason: "无法办理")
        }
    }
}
