/// Lays a figures report out on as many A4 pages as it needs: blocks (facts, headings, tables,
/// charts, lines) flow down the page and move to the next one when they do not fit.
struct FiguresReportPainter {
    /// One thing drawn at one height.
    enum Block {
        case fact(FiguresReport.Fact)
        case heading(String)
        case table(FiguresReport.Table)
        case chart(BarChart)
        case line(String)
    }

    static let contentTop = 45.0
    static let contentBottom = ReportPage.footerTop - 4

    let report: FiguresReport
    let measurer: TextMeasurer
    let page: ReportPage

    init(report: FiguresReport, measurer: TextMeasurer) {
        self.report = report
        self.measurer = measurer
        page = ReportPage(measurer: measurer)
    }

    /// The blocks of each page with the top of each.
    var pages: [[(block: Block, top: Double)]] {
        var pages: [[(block: Block, top: Double)]] = [[]]
        var y = Self.contentTop
        func place(_ block: Block, keepingWith following: Double = 0) {
            let height = Self.height(of: block)
            if y + height + following > Self.contentBottom, !pages[pages.count - 1].isEmpty {
                pages.append([])
                y = Self.contentTop
            }
            pages[pages.count - 1].append((block, y))
            y += height
        }
        for fact in report.facts { place(.fact(fact)) }
        for section in report.sections {
            let first: Block? = section.table.map(Block.table) ?? section.charts.first.map(Block.chart) ?? section.lines.first.map(Block.line)
            place(.heading(section.title), keepingWith: first.map(Self.height(of:)) ?? 0)
            if let table = section.table { place(.table(table)) }
            for chart in section.charts { place(.chart(chart)) }
            for line in section.lines { place(.line(line)) }
        }
        return pages
    }

    static func height(of block: Block) -> Double {
        switch block {
        case .fact: 6.5
        case .heading: 9
        case .table(let table): Double(table.rows.count + 1) * 6.5 + 5
        case .chart(let chart): chart.height + 5
        case .line: 9
        }
    }

    /// Paints every page, ending each but the last through `endPage`.
    func paint(on canvas: some LabelCanvas, endPage: () -> Void) {
        let pages = self.pages
        for (index, blocks) in pages.enumerated() {
            if index > 0 { endPage() }
            page.banner(title: report.title, subtitle: report.subtitle, caption: report.caption, value: report.period, on: canvas)
            for (block, top) in blocks { paint(block, top: top, on: canvas) }
            page.footer(note: report.note, page: index + 1, of: pages.count, on: canvas)
        }
    }

    private func paint(_ block: Block, top: Double, on canvas: some LabelCanvas) {
        let width = ReportPage.right - ReportPage.margin
        switch block {
        case .fact(let fact):
            page.text(fact.label, x: ReportPage.margin, baseline: top + 3.5, size: 3.1, color: ReportPage.gray, on: canvas)
            _ = page.paragraph(fact.value, x: ReportPage.margin + 32, baseline: top + 3.5, width: width - 32, size: 3.5, maxLines: 1, on: canvas)
        case .heading(let title):
            _ = page.section(title, baseline: top + 5, on: canvas)
        case .table(let table):
            let columns = max(table.header.count, 1)
            let first = columns == 1 ? width : min(70, width * 0.4)
            let rest = columns == 1 ? [] : Array(repeating: (width - first) / Double(columns - 1), count: columns - 1)
            _ = page.table(header: table.header, rows: table.rows, widths: [first] + rest, from: top, on: canvas)
        case .chart(let chart):
            chart.draw(on: canvas, in: LabelBox(x: ReportPage.margin, y: top, width: width, height: chart.height), measurer: measurer)
        case .line(let line):
            _ = page.paragraph(line, x: ReportPage.margin, baseline: top + 4, width: width, size: 3.3, maxLines: 2, on: canvas)
        }
    }
}
