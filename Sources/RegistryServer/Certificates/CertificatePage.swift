import Foundation
import Hummingbird
import LabelPrint
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `GET /certificate/{number}`: a climate-quality certificate's report as an HTML page, or as a PDF
    /// download when the number ends in `.pdf`. Unknown numbers are limited as in `certificateLookup`.
    /// The report reads a year of observations and its PDF is drawn with cairo, so both run on the
    /// blocking thread pool and never hold up the requests served beside them.
    func certificatePage(number: String, client: String) async throws -> Response {
        let wantsPDF = number.lowercased().hasSuffix(".pdf")
        let number = wantsPDF ? String(number.dropLast(4)) : number
        return try await longCertificateLookup(number, client: client) { tx in
            let report = try tx.climateReport(number)
            guard wantsPDF else {
                var page = Response.html(ClimateReportHTML.page(report))
                page.headers[.contentSecurityPolicy] = Self.reportPolicy
                return page
            }
            return Response(status: .ok, headers: [.contentType: "application/pdf",
                                                   .contentDisposition: "attachment; filename=\"\(report.certificate.number).pdf\""],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try Self.pdf(report))))
        }
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
