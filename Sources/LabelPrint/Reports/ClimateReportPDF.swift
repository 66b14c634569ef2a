import Foundation

/// Writes a climate-quality report as an A4 PDF through cairo, the CJK font named explicitly and
/// embedded as a subset.
public struct ClimateReportPDF: Sendable {
    public init() {}

    /// Writes `report` to `url`; a failed rendering leaves no file.
    public func write(_ report: ClimateReport, to url: URL) throws(LabelPrintError) {
        do {
            let measurer = try TextMeasurer()
            let document = try PDFDocument(url: url, pageWidth: ClimateReportPainter.pageWidth,
                                           pageHeight: ClimateReportPainter.pageHeight,
                                           title: "农产品气候品质认证报告 \(report.certificate.number)")
            let canvas = CairoCanvas(context: document.context, measurer: measurer)
            let painter = ClimateReportPainter(report: report, measurer: measurer)
            painter.paintSummaryPage(on: canvas)
            document.endPage()
            painter.paintChartPage(on: canvas)
            document.endPage()
            try document.finish()
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }
}
