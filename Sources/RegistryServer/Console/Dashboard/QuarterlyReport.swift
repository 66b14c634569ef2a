import ClimateQuality
import Foundation
import LabelPrint
import RegistryCore
import RegistryStore

/// The quarterly report (每季度报送) in words and numbers, built once from the figures and shown as
/// the console page, the CSV and the PDF: the quarter's applications, labels and scans month by month,
/// the licences as they stand by kind, status and town, and the environment indicators of the year.
struct QuarterlyReport {
    let figures: QuarterFigures

    static let title = "延庆区天然氧吧标识 每季度报送"

    /// The month columns and the quarter's total.
    private var periodHeader: [String] { ["指标"] + figures.months.map { "\($0.month.month)月" } + ["合计"] }

    private func periodRow(_ name: String, _ value: (PeriodActivity) -> Int) -> [String] {
        [name] + figures.months.map { String(value($0.activity)) } + [String(value(figures.activity))]
    }

    var applicationsTable: FiguresReport.Table {
        FiguresReport.Table(header: periodHeader, rows: [
            periodRow("收到申请", \.applicationsReceived), periodRow("审批通过", \.applicationsApproved),
            periodRow("不予通过", \.applicationsRejected), periodRow("颁发许可", \.licencesGranted)])
    }

    var labelsTable: FiguresReport.Table {
        FiguresReport.Table(header: periodHeader, rows: [
            periodRow("发放标签（枚）", \.labelsIssued), periodRow("扫码查询（次）", \.scans),
            periodRow("首次被扫码的标签（枚）", \.labelsFirstScanned), periodRow("疑似仿冒举报（件）", \.copiedCodeReports)])
    }

    var kindTable: FiguresReport.Table {
        FiguresReport.Table(header: ["类别", "许可数"], rows: figures.licences.byKind.map { [$0.kind.chinese, String($0.count)] }
                            + [["合计", String(figures.licences.total)]])
    }

    var statusTable: FiguresReport.Table {
        FiguresReport.Table(header: ["状态", "许可数"], rows: figures.licences.byStatus.map { [$0.status.chinese, String($0.count)] })
    }

    var townTable: FiguresReport.Table {
        FiguresReport.Table(header: ["乡镇", "许可数", "其中有效或暂停"],
                            rows: figures.licences.byTown.map { [$0.town.name, String($0.count), String($0.inForce)] })
    }

    var environment: EnvironmentReport { figures.environment }

    /// The district's 天然氧吧 indicators of the year, each with its requirement and verdict.
    var oxygenBarTable: FiguresReport.Table {
        FiguresReport.Table(header: ["指标", "要求", "实测", "结论", "依据"],
                            rows: environment.oxygenBar.criteria.map { [$0.title, $0.requirement, $0.observed, $0.status.chinese, $0.basis] })
    }

    var townNAITable: FiguresReport.Table {
        FiguresReport.Table(header: ["乡镇", "年均负氧离子 个/cm³", "有效站点", "数据不足的站点"], rows: environment.towns.map { town in
            [Yanqing.towns.first { $0.id == town.townID }?.name ?? town.townID, town.mean.map(NAIGradeTable.text) ?? "—",
             town.stationIDs.joined(separator: "、"), town.excludedStationIDs.joined(separator: "、")]
        })
    }

    /// The comfort indices of the months of the year that fall in the quarter.
    var comfortTable: FiguresReport.Table {
        let months = Set(figures.quarter.months.filter { $0.year == environment.year }.map(\.month))
        return FiguresReport.Table(header: ["月份", "温湿指数 THI", "风效指数 K", "人体舒适度 I_BC", "舒适度等级"],
                                   rows: environment.comfort.filter { months.contains($0.climate.month) }.map { month in
            ["\(month.climate.month)月", MonthlyComfort.text(month.temperatureHumidityIndex), MonthlyComfort.text(month.windEffectIndex),
             String(month.humanComfortIndex), month.isDataValid ? month.grade.chinese : "数据无效"]
        })
    }

    var monthlyApplicationsChart: BarChart {
        BarChart(title: "每月收到申请（件）", bars: figures.months.map { .init(label: "\($0.month.month)月", value: $0.activity.applicationsReceived) },
                 orientation: .vertical, color: BarChart.green)
    }

    var monthlyScansChart: BarChart {
        BarChart(title: "每月扫码查询（次）", bars: figures.months.map { .init(label: "\($0.month.month)月", value: $0.activity.scans) },
                 orientation: .vertical, color: BarChart.blue)
    }

    var kindChart: BarChart {
        BarChart(title: "许可按类别", bars: figures.licences.byKind.map { .init(label: $0.kind.chinese, value: $0.count) }, orientation: .horizontal)
    }

    var statusChart: BarChart {
        BarChart(title: "许可按状态", bars: figures.licences.byStatus.map { .init(label: $0.status.chinese, value: $0.count) },
                 orientation: .horizontal, color: BarChart.orange)
    }

    var townChart: BarChart {
        BarChart(title: "许可按乡镇", bars: figures.licences.byTown.map { .init(label: $0.town.name, value: $0.count) }, orientation: .horizontal)
    }

    var periodLine: String { "\(figures.quarter.firstDay) 至 \(figures.quarter.lastDay)" }
    var environmentTitle: String { "\(environment.year) 年环境指标（负氧离子、气候舒适度）" }
    var comfortStationLine: String {
        guard let station = environment.comfortStation, !environment.comfort.isEmpty else {
            return "舒适度代表站 \(environment.comfortStationID) 无 \(environment.year) 年观测资料，未改用其他站"
        }
        return "舒适度依据代表站 \(station.name)（\(station.id)）的观测"
    }

    /// The whole report for print and for the spreadsheet.
    var document: FiguresReport {
        FiguresReport(
            title: Self.title, subtitle: "Quarterly report · 北京市延庆区", caption: "报送期间", period: figures.quarter.chinese,
            facts: [.init("统计期间", periodLine), .init("许可现状截至", figures.asOf.description), .init("许可总数", String(figures.licences.total))],
            sections: [
                .init(title: "申请受理与审批", table: applicationsTable, charts: [monthlyApplicationsChart]),
                .init(title: "标签发放与扫码查询", table: labelsTable, charts: [monthlyScansChart]),
                .init(title: "许可按类别", table: kindTable, charts: [kindChart]),
                .init(title: "许可按状态", table: statusTable, charts: [statusChart]),
                .init(title: "许可按乡镇", table: townTable, charts: [townChart]),
                .init(title: environmentTitle, table: oxygenBarTable, lines: ["依据：\(environment.oxygenBar.thresholds.source)"]),
                .init(title: "各乡镇负氧离子年均浓度", table: townNAITable),
                .init(title: "本季度各月气候舒适度", table: comfortTable, lines: [comfortStationLine]),
            ],
            note: "申请、审批与发证按审计记录的时间统计；许可数为统计日的现状，过期由有效期推算。"
                + "环境指标按全年观测计算，年度未满时可能数据不足。由 oxlabel 登记系统生成。")
    }

    /// The report as a spreadsheet: each section's title, its table, a blank line.
    var csv: String {
        let report = document
        var rows: [[String]] = [[report.title, report.period], ["统计期间", periodLine], ["许可现状截至", figures.asOf.description], []]
        for section in report.sections {
            rows.append([section.title])
            if let table = section.table { rows += [table.header] + table.rows }
            rows += section.lines.map { [$0] }
            rows.append([])
        }
        return SpreadsheetCSV.document(rows)
    }
}
