import Foundation

/// Writes a figures report as an A4 PDF through cairo, the CJK font named explicitly and embedded as
/// a subset.
public struct FiguresReportPDF: Sendable {
    public init() {}

    /// Writes `report` to `url`; a failed rendering leaves no file.
    public func write(_ report: FiguresReport, to url: URL) throws(LabelPrintError) {
        do {
            let measurer = try TextMeasurer()
            let document = try PDFDocument(url: url, pageWidth: ReportPage.width, pageHeight: ReportPage.height,
                                           title: "\(report.title) \(report.period)")
            let canvas = CairoCanvas(context: document.context, measurer: measurer)
            FiguresReportPainter(report: report, measurer: measurer).paint(on: canvas, endPage: document.endPage)
            document.endPage()
            try document.finish()
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }

    /// The PDF's bytes, written through a temporary file that is removed afterwards.
    public func data(_ report: FiguresReport) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-report-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(report, to: url)
        return try Data(contentsOf: url)
    }
}
