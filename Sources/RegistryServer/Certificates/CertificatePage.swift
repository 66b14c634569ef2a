import Foundation
import Hummingbird
import LabelPrint
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `GET /certificate/{number}`: a climate-quality certificate's report as an HTML page, or as a PDF
    /// download when the number ends in `.pdf`. Unknown numbers are limited as in `certificateLookup`.
    /// The report reads a year of observations and its PDF is drawn with cairo, so both are drawn on the
    /// render pool (503 with `Retry-After` when it is full) and kept in the render cache until the
    /// registry changes or the day ends.
    func certificatePage(_ request: Request, number: String, client: String) async throws -> Response {
        let wantsPDF = number.lowercased().hasSuffix(".pdf")
        let typed = wantsPDF ? String(number.dropLast(4)) : number
        let (found, stamp, day) = try certificateLookup(typed, client: client) { tx in
            (try tx.climateCertificate(typed).number, try tx.changeStamp(), tx.today)
        }
        let key = RenderCache.Key(route: wantsPDF ? "certificate.pdf" : "certificate", subject: found, stamp: stamp, day: day,
                                  language: Language(request))
        let (registry, pool, host, pages) = (reads.registry, renderPool, configuration.verificationHost, pages)
        return try await rendered.answer(key) {
            try await pool.run {
                let report = try registry.read { try $0.climateReport(found, host: host) }
                guard wantsPDF else {
                    return CachedAnswer(headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: Self.reportPolicy],
                                        body: try pages.render(CertificateReportView(report)))
                }
                return CachedAnswer(headers: [.contentType: "application/pdf",
                                              .contentDisposition: "attachment; filename=\"\(report.certificate.number).pdf\""],
                                    body: ByteBuffer(bytes: try Self.pdf(report)))
            }
        }.response
    }

    /// The report page's policy: still no script; its inline style sheet and chart styles allowed.
    static let reportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'"

    /// The report's PDF, written to a temporary file that is removed again.
    private static func pdf(_ report: ClimateReport) throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-report-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try ClimateReportPDF().write(report, to: file)
        return try Data(contentsOf: file)
    }
}
