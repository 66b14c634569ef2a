import LabelPrint

extension ClimateReport {
    /// The report as one self-contained HTML page (inline style, inline SVG charts), rendered from the
    /// server's templates as `/certificate/{number}` serves it.
    public func webPage() throws -> String {
        String(buffer: try PageRenderer.load().render(CertificateReportView(self)))
    }
}
