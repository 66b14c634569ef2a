import ArgumentParser
import RegistryCore
import RegistryStore

/// `oxlabel labels reports`: the copy reports people sent from the verification page.
struct LabelsReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports", abstract: "复制举报: list the reports of suspected copied labels sent from the verification page.",
        discussion: """
        Example: oxlabel labels reports --since 2026-09-01 --licence YQYB-P-2026-0001 --open
        """)
    @OptionGroup var options: RegistryOptions
    @Option(help: "Only reports received on or after this day (YYYY-MM-DD, Beijing time).") var since: String?
    @Option(help: "Only reports of labels under this licence.") var licence: String?
    @Flag(help: "Only reports not yet handled.") var open = false

    func run() throws {
        let day = try since.map { text in
            guard let day = Day(text) else { throw CLIError.badValue(option: "--since", value: text, expected: "a date YYYY-MM-DD") }
            return day
        }
        let reports = try options.openRegistry().read { try $0.labelReports(since: day, licence: licence?.uppercased(), openOnly: open) }
        try options.emit(reports, text: LabelReportText.list(reports))
    }
}

/// `oxlabel labels handle-report`: the bureau marks a copy report handled, with a note.
struct LabelsHandleReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handle-report", abstract: "处理复制举报: mark a copy report handled, with a note (audited).",
        discussion: """
        Example: oxlabel labels handle-report 3 --note "已核实，超市下架仿冒标签产品" --actor 王芳 --role clerk
        """)
    @OptionGroup var acting: ActingOptions
    @Argument(help: "The report's number, as `labels reports` lists it.") var report: Int64
    @Option(help: "What was found and done.") var note: String

    func run() throws {
        let handled = try acting.change { tx, actor in try tx.handleLabelReport(report, note: note, by: actor) }
        try acting.registry.emit(handled, text: LabelReportText.handled(handled))
    }
}
