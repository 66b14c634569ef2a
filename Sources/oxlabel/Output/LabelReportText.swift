import RegistryCore

/// The text form of copy reports for the terminal.
enum LabelReportText {
    /// The copy reports as a table: number, when, code, licence, what the person wrote, and how it was handled.
    static func list(_ reports: [LabelReport]) -> String {
        Table.render(
            header: ["#", "收到 received", "标签码 code", "许可 licence", "举报内容 report", "处理 handled"],
            rows: reports.map { report in
                ["\(report.id)", Timestamp.text(report.at), grouped(report.code), report.licence ?? "（非本库标签码）", report.text,
                 report.handling.map { "\(Day($0.at)) \($0.by)：\($0.note)" } ?? "未处理 open"]
            })
    }

    static func handled(_ report: LabelReport) -> String {
        "举报 #\(report.id)（\(grouped(report.code))）已处理 handled：\(report.handling?.note ?? "")"
    }

    /// The code in groups of four, as on the label; as stored if it does not read.
    private static func grouped(_ code: String) -> String {
        (try? LabelCode(parsing: code))?.grouped(separator: "-") ?? code
    }
}
