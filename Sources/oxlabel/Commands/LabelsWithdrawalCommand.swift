import ArgumentParser
import RegistryCore
import RegistryStore

/// `oxlabel labels suspend|revoke|reinstate`: withdrawals of a batch, a run of it, or every batch of a
/// licence issued before a day, touching no other label.
protocol LabelWithdrawalCommand: ParsableCommand {
    static var action: RegistryAction { get }
    var options: RegistryOptions { get }
    var who: ActorOptions { get }
    var target: LabelTargetOptions { get }
    var reason: String { get }
}

extension LabelWithdrawalCommand {
    func run() throws {
        let actor = try who.resolve()
        let reached = try target.resolve()
        let batches = try options.openRegistry().write { tx in
            switch Self.action {
            case .suspendLabels: try tx.withdrawLabels(reached, .suspension, by: actor, reason: reason)
            case .revokeLabels: try tx.withdrawLabels(reached, .revocation, by: actor, reason: reason)
            default: try tx.reinstateLabels(reached, by: actor, reason: reason)
            }
        }
        try options.emit(batches, text: LabelText.withdrawn(batches, target: reached, action: Self.action))
    }
}

struct LabelsSuspendCommand: LabelWithdrawalCommand {
    static let action = RegistryAction.suspendLabels
    static let configuration = CommandConfiguration(
        commandName: "suspend", abstract: "暂停 labels: a batch, a run of it, or all of a licence's batches issued before a day.",
        discussion: """
        Example: oxlabel labels suspend --batch YQYB-P-2026-0001-B002 --reason 疑似串货，待核查 --actor 赵敏 --role approver
                 oxlabel labels suspend --licence YQYB-P-2026-0001 --issued-before 2026-09-01 --reason 早期包装待核查 --actor 赵敏 --role approver
        """)
    @OptionGroup var options: RegistryOptions
    @OptionGroup var who: ActorOptions
    @OptionGroup var target: LabelTargetOptions
    @Option(help: "Why.") var reason: String
}

struct LabelsRevokeCommand: LabelWithdrawalCommand {
    static let action = RegistryAction.revokeLabels
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "撤销 labels, finally: a batch, a run of it, or all of a licence's batches issued before a day.",
        discussion: "Example: oxlabel labels revoke --batch YQYB-P-2026-0001-B002 --range FIRST..LAST --reason 标签被盗 --actor 赵敏 --role approver")
    @OptionGroup var options: RegistryOptions
    @OptionGroup var who: ActorOptions
    @OptionGroup var target: LabelTargetOptions
    @Option(help: "Why.") var reason: String
}

struct LabelsReinstateCommand: LabelWithdrawalCommand {
    static let action = RegistryAction.reinstateLabels
    static let configuration = CommandConfiguration(
        commandName: "reinstate", abstract: "恢复 suspended labels within a target (revocations are final).",
        discussion: "Example: oxlabel labels reinstate --batch YQYB-P-2026-0001-B002 --reason 核查无误 --actor 赵敏 --role approver")
    @OptionGroup var options: RegistryOptions
    @OptionGroup var who: ActorOptions
    @OptionGroup var target: LabelTargetOptions
    @Option(help: "Why.") var reason: String
}
