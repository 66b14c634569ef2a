import Foundation
import Testing
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

/// `/certificate/{number}` shows a real certificate's report, as HTML or PDF, and refuses unknown numbers.
@Suite struct CertificatePageTests {
    /// A harness over a registry holding a climate-quality certificate, and its number.
    static func certified() async throws -> (ServerHarness, String) {
        let harness = try await ServerHarness()
        return (harness, try ClimateFixture.certifiedGrape(in: harness.fixture.store).number)
    }

    @Test func theReportPageShowsTheCertificateWithItsChartsAndNoScript() async throws {
        let (harness, number) = try await Self.certified()
        let page = try await harness.get("/certificate/\(number)")
        #expect(page.status == 200 && page.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(page.text.contains("农产品气候品质认证报告") && page.text.contains(number) && page.text.contains("<svg"))
        #expect(page.header("Content-Security-Policy")?.contains("default-src 'none'") == true)
        #expect(!page.text.contains("<script"))
        let lower = try await harness.get("/certificate/\(number.lowercased())")
        #expect(lower.status == 200)
    }

    @Test func thePDFIsADownload() async throws {
        let (harness, number) = try await Self.certified()
        let pdf = try await harness.get("/certificate/\(number).pdf")
        #expect(pdf.status == 200 && pdf.header("Content-Type") == "application/pdf")
        #expect(pdf.header("Content-Disposition") == "attachment; filename=\"\(number).pdf\"")
        #expect(pdf.data.starts(with: Data("%PDF".utf8)) && pdf.data.count > 10_000)
    }

    @Test func anUnknownOrMalformedNumberGetsTheNotFoundPage() async throws {
        let harness = try await ServerHarness()
        for uri in ["/certificate/YQQP-2026-PT-9999", "/certificate/YQQP-2026-PT-9999.pdf", "/certificate/%3Cscript%3E", "/certificate/.pdf"] {
            let answer = try await harness.get(uri)
            #expect(answer.status == 404, "\(uri)")
            #expect(answer.text.contains("未找到") && !answer.text.contains("<script>"), "\(uri)")
        }
    }

    @Test func theAPIDescribesTheCertificateAndAnswers410OnceRevoked() async throws {
        let (harness, number) = try await Self.certified()
        let answer = try await harness.get("/api/v1/certificates/\(number)")
        #expect(answer.status == 200)
        let document = try answer.json(CertificateJSON.self)
        let certificate = try harness.fixture.registry.read { try $0.climateCertificate(number) }
        #expect(document.certificateNumber == number && document.grade == certificate.grade.rawValue && document.score == certificate.score)
        #expect(document.status == "issued" && document.revocation == nil)
        #expect(document.pdf == "/certificate/\(number).pdf")
        _ = try harness.fixture.registry.write { try $0.revokeCertificate(number, category: .falseDeclaration, reason: "地块变更", by: StoreFixture.approver) }
        let revoked = try await harness.get("/api/v1/certificates/\(number.lowercased())")
        #expect(revoked.status == 410)
        let gone = try revoked.json(CertificateJSON.self)
        #expect(gone.status == "revoked" && gone.revocation?.reason == "地块变更")
        #expect(try await harness.get("/api/v1/certificates/%3Cscript%3E").status == 404)
    }
}

/// A certificate as the API returns it, as a client would decode it.
struct CertificateJSON: Decodable {
    struct Revocation: Decodable {
        let on: String
        let category: String
        let categoryChinese: String
        let reason: String
    }
    let certificateNumber: String
    let grade: String
    let score: Double
    let status: String
    let revocation: Revocation?
    let pdf: String
}
