import ArgumentParser
import RegistryCore
import RegistryStore

/// A command that moves labels of a batch to a final state: 作废 (void) or 销毁 (destroy).
protocol LabelStateCommand: ParsableCommand {
    static var action: RegistryAction { get }
    var options: RegistryOptions { get }
    var who: ActorOptions { get }
    var batch: String { get }
    var selection: LabelSelectionOptions { get }
    var reason: String { get }
}

extension LabelStateCommand {
    func run() throws {
        let actor = try who.resolve()
        let chosen = try selection.resolve()
        let count = try options.openRegistry().write { tx in
            Self.action == .voidLabels
                ? try tx.voidLabels(in: batch, chosen, by: actor, reason: reason)
                : try tx.destroyLabels(in: batch, chosen, by: actor, reason: reason)
        }
        try options.emit(["batch": batch, "action": Self.action.rawValue, "labels": "\(count)"], text: "批次 \(batch)：\(Self.action.chinese) \(count) 枚")
    }
}

/// `oxlabel labels void`: 作废 spoiled or cancelled labels.
struct LabelsVoidCommand: LabelStateCommand {
    static let action = RegistryAction.voidLabels
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "作废 spoiled or cancelled labels of a batch, by code or by a run of codes.",
        discussion: """
        Example: oxlabel labels void YQYB-P-2026-0001-B001 --codes CODE1,CODE2 --reason 卡纸损毁 --actor 孙丽 --role printer
                 oxlabel labels void YQYB-P-2026-0001-B001 --range FIRST..LAST --reason 第 3 张整张损毁 --actor 孙丽 --role printer
        (FIRST and LAST as on the sheet's footer: 码段 FIRST – LAST.)
        """)
    @OptionGroup var options: RegistryOptions
    @OptionGroup var who: ActorOptions
    @Argument(help: "Batch number.") var batch: String
    @OptionGroup var selection: LabelSelectionOptions
    @Option(help: "Why.") var reason: String
}

/// `oxlabel labels destroy`: 销毁 printed labels, e.g. recovered after a withdrawal.
struct LabelsDestroyCommand: LabelStateCommand {
    static let action = RegistryAction.destroyLabels
    static let configuration = CommandConfiguration(
        commandName: "destroy", abstract: "销毁: record printed labels of a batch as physically destroyed.",
        discussion: "Example: oxlabel labels destroy YQYB-P-2026-0001-B001 --range FIRST..LAST --reason 撤销后回收销毁 --actor 孙丽 --role printer")
    @OptionGroup var options: RegistryOptions
    @OptionGroup var who: ActorOptions
    @Argument(help: "Batch number.") var batch: String
    @OptionGroup var selection: LabelSelectionOptions
    @Option(help: "Why.") var reason: String
}
