import ClimateQuality

/// The drawn parts of a climate-quality report for a web page, as inline SVG elements drawn by the same
/// code as the PDF's: the QR code of the certificate's live page and one chart per stage. The page
/// around them is the registry server's template.
public enum ClimateReportFigures {
    /// The QR code of the certificate's live page, drawn as the PDF's is; empty if it cannot be encoded.
    public static func qrCode(_ report: ClimateReport) -> String {
        guard let code = try? ReportQRCode(url: report.liveURL) else { return "" }
        return InlineSVG.element(width: ReportQRCode.side, height: ReportQRCode.side, label: "二维码：\(report.liveURL)") { canvas, _ in
            try? code.draw(at: 0, 0, on: canvas)
        }
    }

    /// One chart per stage of the assessment; none if cairo cannot measure text.
    public static func stageCharts(_ report: ClimateReport) -> [String] {
        guard let measurer = try? TextMeasurer() else { return [] }
        let width = 180.0, height = 70.0
        return report.assessment.stages.map { stage in
            InlineSVG.element(width: width, height: height, label: StagePeriod.name(of: stage.name), measurer: measurer) { canvas, measurer in
                StageChart(stage: stage, series: report.series).draw(
                    on: canvas, in: LabelBox(x: 0, y: 0, width: width, height: height), measurer: measurer)
            }
        }
    }
}
