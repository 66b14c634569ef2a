import ClimateQuality

/// Lays a climate-quality report out on A4 pages (millimetres): the certificate's facts and grade
/// with the per-indicator table on the first page, one chart per stage on the second.
struct ClimateReportPainter {
    static let pageWidth = 210.0
    static let pageHeight = 297.0
    static let margin = 15.0
    static let green = RGBColor(red: 0.18, green: 0.49, blue: 0.2)
    static let paleGreen = RGBColor(red: 0.91, green: 0.96, blue: 0.91)
    static let gray = RGBColor(red: 0.42, green: 0.42, blue: 0.42)
    static let pageCount = 2

    let report: ClimateReport
    let measurer: TextMeasurer
    let fitter: TextFitter

    init(report: ClimateReport, measurer: TextMeasurer) {
        self.report = report
        self.measurer = measurer
        fitter = TextFitter(measurer: measurer)
    }

    private var right: Double { Self.pageWidth - Self.margin }

    func paintSummaryPage(on canvas: some LabelCanvas) {
        header(on: canvas)
        var y = 45.0
        for fact in report.facts {
            text(fact.label, x: Self.margin, baseline: y, size: 3.1, color: Self.gray, on: canvas)
            y = paragraph(fact.value, x: Self.margin + 22, baseline: y, width: 108, size: 3.5, on: canvas) + 6.5
        }
        gradeBadge(on: canvas)
        y = max(y, 104) + 4
        y = section("评估指标 Indicators", baseline: y, on: canvas)
        y = indicatorTable(from: y, on: canvas) + 8
        for line in outcomeLines() {
            y = paragraph(line, x: Self.margin, baseline: y, width: right - Self.margin, size: 3.4, on: canvas) + 6
        }
        signature(on: canvas)
        footer(page: 1, on: canvas)
    }

    func paintChartPage(on canvas: some LabelCanvas) {
        header(on: canvas)
        var y = section("关键生育期气象条件 Stage conditions（监测站 \(report.certificate.station)）", baseline: 45, on: canvas)
        let height = min(76, (Self.pageHeight - 32 - y) / Double(max(report.assessment.stages.count, 1)))
        for stage in report.assessment.stages {
            StageChart(stage: stage, series: report.series).draw(
                on: canvas, in: LabelBox(x: Self.margin, y: y, width: right - Self.margin, height: height - 5), measurer: measurer)
            y += height
        }
        footer(page: 2, on: canvas)
    }

    private func header(on canvas: some LabelCanvas) {
        canvas.fill(PathCommand.rectangle(LabelBox(x: 0, y: 0, width: Self.pageWidth, height: 6)), color: Self.green, evenOdd: false)
        text("农产品气候品质认证报告", x: Self.margin, baseline: 22, size: 7.5, bold: true, on: canvas)
        text("Climate-quality certification report · 北京市延庆区", x: Self.margin, baseline: 29, size: 3.2, color: Self.gray, on: canvas)
        text("证书编号 Certificate No.", x: right, baseline: 18, size: 3, color: Self.gray, alignment: .right, on: canvas)
        text(report.certificate.number, x: right, baseline: 25.5, size: 5, bold: true, alignment: .right, on: canvas)
        canvas.stroke([.move(x: Self.margin, y: 34), .line(x: right, y: 34)], color: Self.green, width: 0.8)
    }

    private func gradeBadge(on canvas: some LabelCanvas) {
        let centre = (x: 172.0, y: 64.0), radius = 19.0
        let color = report.certificate.grade.isLabelled ? Self.green : Self.gray
        canvas.fill(Self.circle(x: centre.x, y: centre.y, radius: radius), color: color, evenOdd: false)
        text(report.certificate.grade.chinese, x: centre.x, baseline: centre.y + 3, size: report.certificate.grade.chinese.count > 1 ? 10 : 13,
             bold: true, color: .white, alignment: .center, on: canvas)
        text("气候品质等级", x: centre.x, baseline: centre.y + 10, size: 3, color: .white, alignment: .center, on: canvas)
        _ = paragraph(report.scoreLine, x: centre.x - 24, baseline: centre.y + radius + 6, width: 48, size: 3.2, alignment: .center, on: canvas)
    }

    private func indicatorTable(from top: Double, on canvas: some LabelCanvas) -> Double {
        let widths = [40.0, 28, 26, 24, 24, 14, 14]
        let rowHeight = 6.5
        var y = top
        func row(_ cells: [String], bold: Bool, fill: RGBColor?) {
            if let fill {
                canvas.fill(PathCommand.rectangle(LabelBox(x: Self.margin, y: y, width: widths.reduce(0, +), height: rowHeight)),
                            color: fill, evenOdd: false)
            }
            var x = Self.margin + 1.5
            for (cell, width) in zip(cells, widths) {
                _ = paragraph(cell, x: x, baseline: y + 4.4, width: width - 2.5, size: 3.1, bold: bold, maxLines: 1, on: canvas)
                x += width
            }
            y += rowHeight
        }
        row(ClimateReport.indicatorHeader, bold: true, fill: Self.paleGreen)
        for (index, cells) in report.indicatorRows.enumerated() {
            row(cells, bold: false, fill: index % 2 == 1 ? RGBColor(red: 0.97, green: 0.97, blue: 0.97) : nil)
        }
        canvas.stroke(PathCommand.rectangle(LabelBox(x: Self.margin, y: top, width: widths.reduce(0, +), height: y - top)),
                      color: Self.gray, width: 0.2)
        return y
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
        text("签发机构：\(report.certificate.issuer)", x: Self.margin, baseline: 248, size: 3.4, on: canvas)
        text("签发人：\(report.certificate.issuedBy)　签发日期：\(report.certificate.issuedOn)", x: Self.margin, baseline: 255, size: 3.4, on: canvas)
    }

    private func footer(page: Int, on canvas: some LabelCanvas) {
        canvas.stroke([.move(x: Self.margin, y: 276), .line(x: right, y: 276)], color: Self.gray, width: 0.2)
        _ = paragraph("作物模型的生育期、权重、评分区间与等级阈值为区级默认值（standards.md §1.3–1.4），待区气象局确认。"
                      + "由 oxlabel 登记系统生成；以登记系统中的证书状态为准。", x: Self.margin, baseline: 280.5, width: 150, size: 2.5,
                      color: Self.gray, maxLines: 2, on: canvas)
        text("第 \(page)/\(Self.pageCount) 页", x: right, baseline: 280.5, size: 2.6, color: Self.gray, alignment: .right, on: canvas)
    }

    private func section(_ title: String, baseline: Double, on canvas: some LabelCanvas) -> Double {
        canvas.fill(PathCommand.rectangle(LabelBox(x: Self.margin, y: baseline - 3.6, width: 1.2, height: 4.4)), color: Self.green, evenOdd: false)
        text(title, x: Self.margin + 3, baseline: baseline, size: 4, bold: true, on: canvas)
        return baseline + 5
    }

    private func text(_ text: String, x: Double, baseline: Double, size: Double, bold: Bool = false, color: RGBColor = .black,
                      alignment: TextSlot.Alignment = .left, on canvas: some LabelCanvas) {
        let font = LabelFont(typeface: .sans, bold: bold, size: size)
        canvas.text(text, x: x - measurer.alignmentOffset(of: text, font: font, alignment: alignment), baseline: baseline, font: font, color: color)
    }

    /// Wraps `text` into `width` (shrinking to 85 % first); returns the baseline of its last line.
    private func paragraph(_ text: String, x: Double, baseline: Double, width: Double, size: Double, bold: Bool = false,
                           color: RGBColor = .black, maxLines: Int = 4, alignment: TextSlot.Alignment = .left,
                           on canvas: some LabelCanvas) -> Double {
        let slot = TextSlot(field: .caption, x: x, baseline: baseline, width: width, fontSize: size, minimumFontSize: size * 0.85,
                            maxLines: maxLines, alignment: alignment, bold: bold, typeface: .sans, color: color, prefix: "", badge: false)
        let lines = fitter.fit(text, in: slot)
        for line in lines { canvas.text(line.text, x: line.x, baseline: line.baseline, font: line.font, color: color) }
        return lines.last?.baseline ?? baseline
    }

    /// A circle as four Bézier quarters.
    static func circle(x: Double, y: Double, radius: Double) -> [PathCommand] {
        PathCommand.roundedRectangle(LabelBox(x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius), radius: radius)
    }
}
