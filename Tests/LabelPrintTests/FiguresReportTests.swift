import Foundation
import Testing
import TestSupport
@testable import LabelPrint

/// The quarterly report's print form and its charts: a real PDF read back with pdftotext, and SVG
/// whose every text is escaped.
@Suite struct FiguresReportTests {
    static let towns = ["百泉街道", "香水园街道", "儒林街道", "延庆镇", "康庄镇", "八达岭镇", "永宁镇", "旧县镇", "张山营镇", "四海镇",
                        "千家店镇", "沈家营镇", "大榆树镇", "井庄镇", "刘斌堡乡", "大庄科乡", "香营乡", "珍珠泉乡"]

    static let report = FiguresReport(
        title: "延庆区天然氧吧标识 每季度报送", subtitle: "Quarterly report · 北京市延庆区", caption: "报送期间", period: "2026年第三季度",
        facts: [.init("统计期间", "2026-07-01 至 2026-09-30"), .init("许可总数", "10000")],
        sections: [
            .init(title: "申请受理与审批", table: .init(header: ["指标", "7月", "8月", "9月", "合计"],
                                                   rows: [["收到申请", "12", "345", "6789", "7146"], ["审批通过", "1", "2", "3", "6"]]),
                  charts: [BarChart(title: "每月收到申请（件）", bars: [.init(label: "7月", value: 12), .init(label: "8月", value: 345),
                                                                     .init(label: "9月", value: 6789)], orientation: .vertical)]),
            .init(title: "许可按乡镇", table: .init(header: ["乡镇", "许可数"], rows: towns.enumerated().map { [$1, String(100 + $0)] }),
                  charts: [BarChart(title: "许可按乡镇", bars: towns.enumerated().map { .init(label: $1, value: 100 + $0) }, orientation: .horizontal)]),
            .init(title: "环境指标", lines: ["负氧离子年平均浓度  要求 ≥ 1000 个/cm³  实测 1834 个/cm³  达标"]),
        ],
        note: "由 oxlabel 登记系统生成。")

    @Test func pdfHoldsEveryFigureInChineseOverSeveralPages() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-figures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("quarterly.pdf")
        let data = try FiguresReportPDF().data(Self.report)
        #expect(data.starts(with: Data("%PDF".utf8)))
        try data.write(to: url)
        let text = try ExternalTool.run("pdftotext", [url.path, "-"], package: "poppler-utils")
        for expected in ["延庆区天然氧吧标识", "2026年第三季度", "收到申请", "6789", "7146", "珍珠泉乡", "117", "1834 个/cm³", "第 1/3 页", "第 3/3 页"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        let pages = FiguresReportPainter(report: Self.report, measurer: try TextMeasurer()).pages
        #expect(pages.count == 3)
        for page in pages {
            #expect(page.allSatisfy { $0.top + FiguresReportPainter.height(of: $0.block) <= FiguresReportPainter.contentBottom })
        }
    }

    @Test func chartsAreSVGWithEscapedTextAndBarsInProportion() throws {
        let chart = BarChart(title: "<script>alert(1)</script>", bars: [.init(label: "A&B\"<", value: 50), .init(label: "零", value: 0),
                                                                          .init(label: "百", value: 100)], orientation: .horizontal)
        let svg = chart.svg(width: 180)
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(!svg.contains("<script>") && svg.contains("&lt;script&gt;"))
        #expect(svg.contains("A&amp;B&quot;&lt;"))
        #expect(!svg.contains("style=") && !svg.lowercased().contains("javascript"))
        #expect(svg.components(separatedBy: "<path").count - 1 == 3)
        #expect(ChartAxis.niceCeiling(0) == 1 && ChartAxis.niceCeiling(101) == 200 && ChartAxis.niceCeiling(6789) == 10000)
    }
}
