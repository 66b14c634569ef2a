import ArgumentParser
import RegistryCore
import RegistryStore

/// `oxlabel labels void`: 作废 spoiled or cancelled labels.
struct LabelsVoidCommand: ParsableCommand {
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

    func run() throws {
        let actor = try who.resolve()
        let chosen = try selection.resolve()
        let count = try options.openRegistry().write { try $0.voidLabels(in: batch, chosen, by: actor, reason: reason) }
        try options.emit(["batch": batch, "voided": "\(count)"], text: "批次 \(batch)：作废 \(count) 枚")
    }
}

/// `oxlabel labels destroy`: 销毁 printed labels, e.g. recovered after a withdrawal.
struct LabelsDestroyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "destroy", abstract: "销毁: record printed labels of a batch as physically destroyed.",
        discussion: "Example: oxlabel labels destroy YQYB-P-2026-0001-B001 --range FIRST..LAST --reason 撤销后回收销毁 --actor 孙丽 --role printer")
    @OptionGroup var options: RegistryOptions
    @OptionGroup var who: ActorOptions
    @Argument(help: "Batch number.") var batch: String
    @OptionGroup var selection: LabelSelectionOptions
    @Option(help: "Why.") var reason: String

    func run() throws {
        let actor = try who.resolve()
        let chosen = try selection.resolve()
        let count = try options.openRegistry().write { try $0.destroyLabels(in: batch, chosen, by: actor, reason: reason) }
        try options.emit(["batch": batch, "destroyed": "\(count)"], text: "批次 \(batch)：销毁 \(count) 枚")
    }
}
