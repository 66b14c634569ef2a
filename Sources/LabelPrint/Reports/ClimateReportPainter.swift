import ClimateQuality

/// Lays a climate-quality report out on A4 pages (millimetres): the certificate's facts and grade
/// with the per-indicator table on the first page, one chart per stage on the second.
struct ClimateReportPainter {
    static let pageWidth = ReportPage.width
    static let pageHeight = ReportPage.height
    static let margin = ReportPage.margin
    static let green = ReportPage.green
    static let gray = ReportPage.gray
    static let red = RGBColor(red: 0.72, green: 0.11, blue: 0.11)
    static let footerTop = ReportPage.footerTop
    static let pageCount = 2

    let report: ClimateReport
    let measurer: TextMeasurer
    let page: ReportPage

    init(report: ClimateReport, measurer: TextMeasurer) {
        self.report = report
        self.measurer = measurer
        page = ReportPage(measurer: measurer)
    }

    private var right: Double { ReportPage.right }

    func paintSummaryPage(on canvas: some LabelCanvas) {
        header(on: canvas)
        var y = 45.0
        for fact in report.facts {
            page.text(fact.label, x: Self.margin, baseline: y, size: 3.1, color: Self.gray, on: canvas)
            y = page.paragraph(fact.value, x: Self.margin + 22, baseline: y, width: 108, size: 3.5, on: canvas) + 6.5
        }
        gradeBadge(on: canvas)
        y = max(y, 104) + 4
        y = page.section("评估指标 Indicators", baseline: y, on: canvas)
        y = indicatorTable(from: y, on: canvas) + 8
        for line in outcomeLines() {
            y = page.paragraph(line, x: Self.margin, baseline: y, width: right - Self.margin, size: 3.4, on: canvas) + 6
        }
        signature(on: canvas)
        footer(page: 1, on: canvas)
    }

    func paintChartPage(on canvas: some LabelCanvas) {
        header(on: canvas)
        var y = page.section("关键生育期气象条件 Stage conditions（监测站 \(report.certificate.station)）", baseline: 45, on: canvas)
        let height = min(76, (Self.pageHeight - 32 - y) / Double(max(report.assessment.stages.count, 1)))
        for stage in report.assessment.stages {
            StageChart(stage: stage, series: report.series).draw(
                on: canvas, in: LabelBox(x: Self.margin, y: y, width: right - Self.margin, height: height - 5), measurer: measurer)
            y += height
        }
        footer(page: 2, on: canvas)
    }

    private func header(on canvas: some LabelCanvas) {
        page.banner(title: "农产品气候品质认证报告", subtitle: "Climate-quality certification report · 北京市延庆区",
                    caption: "证书编号 Certificate No.", value: report.certificate.number, on: canvas)
    }

    /// The grade's seal while the certificate is in force; otherwise a status box (已撤销 with the day
    /// and reason category, or 已过期) and the grade only as "原等级 …（已撤销）".
    private func gradeBadge(on canvas: some LabelCanvas) {
        let centre = (x: 172.0, y: 64.0), radius = 19.0
        if let badge = report.statusBadge {
            let color = report.status == .revoked ? Self.red : Self.gray
            let box = LabelBox(x: centre.x - 23, y: centre.y - radius, width: 46, height: 2 * radius)
            canvas.stroke(PathCommand.rectangle(box), color: color, width: 1.2)
            page.text(badge.text, x: centre.x, baseline: centre.y - 5, size: 10, bold: true, color: color, alignment: .center, on: canvas)
            for (index, line) in badge.lines.enumerated() {
                _ = page.paragraph(line, x: box.x + 2, baseline: centre.y + 4 + 5 * Double(index), width: box.width - 4, size: 3, color: color,
                                   maxLines: 1, alignment: .center, on: canvas)
            }
            _ = page.paragraph(report.gradeLine, x: centre.x - 24, baseline: centre.y + radius + 6, width: 48, size: 3.6, bold: true,
                               alignment: .center, on: canvas)
            _ = page.paragraph(report.scoreLine, x: centre.x - 24, baseline: centre.y + radius + 12, width: 48, size: 3.2, alignment: .center, on: canvas)
            return
        }
        let color = report.certificate.grade.isLabelled ? Self.green : Self.gray
        canvas.fill(Self.circle(x: centre.x, y: centre.y, radius: radius), color: color, evenOdd: false)
        page.text(report.certificate.grade.chinese, x: centre.x, baseline: centre.y + 3, size: report.certificate.grade.chinese.count > 1 ? 10 : 13,
             bold: true, color: .white, alignment: .center, on: canvas)
        page.text("气候品质等级", x: centre.x, baseline: centre.y + 10, size: 3, color: .white, alignment: .center, on: canvas)
        _ = page.paragraph(report.scoreLine, x: centre.x - 24, baseline: centre.y + radius + 6, width: 48, size: 3.2, alignment: .center, on: canvas)
    }

    private func indicatorTable(from top: Double, on canvas: some LabelCanvas) -> Double {
        page.table(header: ClimateReport.indicatorHeader, rows: report.indicatorRows, widths: [40.0, 28, 26, 24, 24, 14, 14],
                   from: top, on: canvas)
    }

    private func outcomeLines() -> [String] {
        var lines: [String] = []
        if case .graded(let score, let computed, let grade, let vetoes) = report.assessment.outcome {
            lines.append("综合指数 IQ = Σ W·Σ w·s = \(ClimateReport.number(score))；等级阈值 特优 ≥ 3.5，优 ≥ 2.5，良 ≥ 1.5；评定 \(grade.chinese)"
                         + (computed == grade ? "" : "（计算为 \(computed.chinese)，受否决规则限制）"))
            lines += vetoes.map { "否决规则：\($0.summary)" }
        }
        if let override = report.overrideLine { lines.append(override) }
        if !report.assessment.highlights.isEmpty { lines.append("气候特征：" + report.assessment.highlights.joined(separator: "；")) }
        return lines
    }

    /// The issuer and signer in words. No seal is drawn: a generated image of an official seal would
    /// look like the bureau's stamp without being one; the bureau stamps the printed report by hand.
    private func signature(on canvas: some LabelCanvas) {
        page.text("签发机构：\(report.certificate.issuer)", x: Self.margin, baseline: 248, size: 3.4, on: canvas)
        page.text("签发人：\(report.certificate.issuedBy)　签发日期：\(report.certificate.issuedOn)", x: Self.margin, baseline: 255, size: 3.4, on: canvas)
        liveLink(on: canvas)
    }

    /// The QR code and address of the certificate's live page, with "以网上状态为准", at the bottom right.
    private func liveLink(on canvas: some LabelCanvas) {
        let top = Self.footerTop - ReportQRCode.side - 2
        try? ReportQRCode(url: report.liveURL).draw(at: right - ReportQRCode.side, top, on: canvas)
        page.text(ClimateReport.liveNotice, x: right - ReportQRCode.side - 3, baseline: top + 9, size: 3.6, bold: true, alignment: .right, on: canvas)
        _ = page.paragraph(report.liveURL, x: right - ReportQRCode.side - 103, baseline: top + 15, width: 100, size: 2.8, color: Self.gray,
                           maxLines: 2, alignment: .right, on: canvas)
    }

    private func footer(page number: Int, on canvas: some LabelCanvas) {
        page.footer(note: report.methodLine + "。由 oxlabel 登记系统生成；以登记系统中的证书状态为准。", page: number, of: Self.pageCount, on: canvas)
    }

    /// A circle as four Bézier quarters.
    static func circle(x: Double, y: Double, radius: Double) -> [PathCommand] {
        PathCommand.roundedRectangle(LabelBox(x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius), radius: radius)
    }
}
