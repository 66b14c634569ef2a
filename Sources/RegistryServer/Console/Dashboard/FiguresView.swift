import Foundation
import LabelPrint

/// A table of a figures report as the console's templates read it.
struct FiguresTableView: Encodable {
    /// One row's cells.
    struct Row: Encodable {
        let cells: [String]
    }

    let header: [String]
    let rows: [Row]

    init(_ table: FiguresReport.Table) {
        header = table.header
        rows = table.rows.map(Row.init)
    }
}

/// A chart as an image: the SVG `BarChart` draws (every text in it escaped), as a `data:` address
/// that the page's `<img>` shows and the console's content policy allows; no script can run in it.
struct ChartView: Encodable {
    /// Narrower than the PDF's charts, so that their text stays legible at a screen's width.
    static let width = 120.0

    let title: String
    let source: String

    init(_ chart: BarChart) {
        title = chart.title
        source = "data:image/svg+xml;base64," + Data(chart.svg(width: Self.width).utf8).base64EncodedString()
    }
}

/// A section of a figures report for the console's page.
struct FiguresSectionView: Encodable {
    let title: String
    let table: FiguresTableView?
    let charts: [ChartView]
    let lines: [String]

    init(_ section: FiguresReport.Section) {
        title = section.title
        table = section.table.map(FiguresTableView.init)
        charts = section.charts.map(ChartView.init)
        lines = section.lines
    }
}
