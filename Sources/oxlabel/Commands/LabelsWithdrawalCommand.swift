import ArgumentParser
import RegistryCore
import RegistryStore

/// `oxlabel labels suspend|revoke|reinstate`: withdrawals of a batch, a run of it, or every batch of a
/// licence issued before a day, touching no other label.
enum LabelsWithdrawalCommand {
    struct Suspend: ParsableCommand {
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

        func run() throws {
            try withdraw(.suspension, options: options, who: who, target: target, reason: reason)
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke", abstract: "撤销 labels, finally: a batch, a run of it, or all of a licence's batches issued before a day.",
            discussion: "Example: oxlabel labels revoke --batch YQYB-P-2026-0001-B002 --range FIRST..LAST --reason 标签被盗 --actor 赵敏 --role approver")
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @OptionGroup var target: LabelTargetOptions
        @Option(help: "Why.") var reason: String

        func run() throws {
            try withdraw(.revocation, options: options, who: who, target: target, reason: reason)
        }
    }

    struct Reinstate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reinstate", abstract: "恢复 suspended labels within a target (revocations are final).",
            discussion: "Example: oxlabel labels reinstate --batch YQYB-P-2026-0001-B002 --reason 核查无误 --actor 赵敏 --role approver")
        @OptionGroup var options: RegistryOptions
        @OptionGroup var who: ActorOptions
        @OptionGroup var target: LabelTargetOptions
        @Option(help: "Why.") var reason: String

        func run() throws {
            let actor = try who.resolve()
            let reached = try target.resolve()
            let batches = try options.openRegistry().write { try $0.reinstateLabels(reached, by: actor, reason: reason) }
            try options.emit(batches, text: LabelText.withdrawn(batches, target: reached, action: .reinstateLabels))
        }
    }

    private static func withdraw(_ kind: LabelWithdrawal.Kind, options: RegistryOptions, who: ActorOptions, target: LabelTargetOptions,
                                 reason: String) throws {
        let actor = try who.resolve()
        let reached = try target.resolve()
        let batches = try options.openRegistry().write { try $0.withdrawLabels(reached, kind, by: actor, reason: reason) }
        try options.emit(batches, text: LabelText.withdrawn(batches, target: reached, action: kind == .suspension ? .suspendLabels : .revokeLabels))
    }
}
