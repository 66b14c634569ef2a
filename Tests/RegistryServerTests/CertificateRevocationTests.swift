import Foundation
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
import LabelPrint
import TestSupport
@testable import RegistryServer

/// A revoked climate-quality certificate shows 已撤销 with its date and reason category on its page and
/// PDF, its grade only as what it was; the labels of the licence resting on it show 已暂停 on the very
/// next scan, and the licence page says why. Every report links to its live page with a QR code.
@Suite struct CertificateRevocationTests {
    /// The server over the directory fixture, with a grape certificate and a licence granted on it.
    static func licensed() async throws -> (harness: ServerHarness, certificate: ClimateCertificate, licence: String, codes: [LabelCode]) {
        let harness = try await ServerHarness()
        let store = harness.fixture.store
        let certificate = try ClimateFixture.certifiedGrape(in: store)
        var generator = SeededGenerator(seed: 21)
        let (licence, codes) = try store.open(on: "2026-11-25").write { tx in
            try DirectoryFixture.license(certificate.subjectID, in: tx, on: "2026-10-01", codes: &generator)
        }
        return (harness, certificate, licence, codes)
    }

    /// Revokes the certificate through another connection to the registry, as another process would.
    static func revoke(_ certificate: ClimateCertificate, in harness: ServerHarness) throws {
        try harness.fixture.store.open(on: "2026-12-02").write {
            _ = try $0.revokeCertificate(certificate.number, category: .falseDeclaration, reason: "申报地块与实际不符", by: StoreFixture.approver)
        }
    }

    @Test func theReportOfACertificateInForceHasItsSealAndTheLiveLink() async throws {
        let (harness, certificate, _, _) = try await Self.licensed()
        let page = try await harness.get("/certificate/\(certificate.number)").text
        #expect(page.contains("class=\"grade") && page.contains("<b>\(certificate.grade.chinese)</b><span>气候品质等级</span>"))
        #expect(page.contains("以网上状态为准"))
        // The method in the buyer's words, never an internal file.
        #expect(page.contains("评估方法：依据 QX/T 486—2019；区级默认模型，待市气候中心确认。") && !page.contains("standards.md"))
        #expect(page.contains("href=\"https://yq.oxbar.cn/certificate/\(certificate.number)\""))
        #expect(page.contains("aria-label=\"二维码：https://yq.oxbar.cn/certificate/\(certificate.number)\""))
        #expect(!page.contains("原等级"))
    }

    @Test func aRevokedCertificatesPageAndPDFShowTheStatusNotTheSeal() async throws {
        let (harness, certificate, _, _) = try await Self.licensed()
        _ = try await harness.get("/certificate/\(certificate.number)")
        try Self.revoke(certificate, in: harness)
        let page = try await harness.get("/certificate/\(certificate.number)").text
        #expect(page.contains("<div class=\"status revoked\"><b>已撤销</b>2026-12-02 撤销<br>原因类别：申报信息与实际不符</div>"))
        #expect(page.contains("原等级 \(certificate.grade.chinese)（已撤销）"))
        #expect(!page.contains("class=\"grade"))
        #expect(page.contains("以网上状态为准") && page.contains("aria-label=\"二维码："))
        let pdf = try await harness.get("/certificate/\(certificate.number).pdf")
        let file = harness.fixture.store.folder.appendingPathComponent("revoked.pdf")
        try pdf.data.write(to: file)
        let printed = try ExternalTool.run("pdftotext", [file.path, "-"], package: "poppler-utils")
        for expected in ["已撤销", "2026-12-02 撤销", "原因类别：申报信息与实际不符", "原等级 \(certificate.grade.chinese)（已撤销）", "以网上状态为准",
                         "https://yq.oxbar.cn/certificate/\(certificate.number)"] {
            #expect(printed.contains(expected), "missing \(expected)")
        }
        let api = try await harness.get("/api/v1/certificates/\(certificate.number)")
        #expect(api.status == 410)
        let document = try api.json(CertificateJSON.self)
        #expect(document.revocation?.category == "falseDeclaration" && document.revocation?.categoryChinese == "申报信息与实际不符")
    }

    @Test func anExpiredCertificatesReportShowsExpiredAndTheGradeAsItWas() throws {
        let store = StoreFixture()
        let certificate = try ClimateFixture.certifiedGrape(in: store)
        let host = try VerificationHost(parsing: "yq.oxbar.cn")
        let report = try store.open(on: "2027-09-02").read { try $0.climateReport(certificate.number, host: host) }
        let page = try report.webPage()
        #expect(page.contains("<div class=\"status expired\"><b>已过期</b>有效期至 \(certificate.validUntil)<br>"))
        #expect(page.contains("原等级 \(certificate.grade.chinese)（已过期）") && !page.contains("class=\"grade"))
    }

    @Test func theLicencesLabelsShowSuspendedAtOnceAndTheLicencePageSaysWhy() async throws {
        let (harness, certificate, licence, codes) = try await Self.licensed()
        let valid = try await harness.get("/V/\(codes[0].text)").text
        #expect(valid.contains("<span class=\"badge valid\">有效</span>") && valid.contains(certificate.number))
        try Self.revoke(certificate, in: harness)
        let why = "所依据的气候品质认证证书 \(certificate.number) 已撤销（申报信息与实际不符），待复核"
        let page = try await harness.get("/V/\(codes[0].text)").text
        #expect(page.contains("<span class=\"badge suspended\">已暂停</span>"))
        #expect(page.contains(why))
        let api = try await harness.get("/api/v1/labels/\(codes[0].text)")
        #expect(api.status == 200)
        let label = try api.json(LabelJSON.self)
        #expect(label.status.state == "suspended" && label.status.source == "certificate" && label.certificate == nil)
        let licencePage = try await harness.get("/licence/\(licence)").text
        #expect(licencePage.contains("<span class=\"badge suspended\">已暂停</span>") && licencePage.contains(why))
        #expect(licencePage.contains("所依据的气候品质认证证书被撤销，待复核"))
        let document = try await harness.get("/api/v1/licences/\(licence)").json(LicenceJSON.self)
        #expect(document.status.state == "suspended" && document.history?.last?.event == "certificateRevoked")
        #expect(try await harness.get("/directory.json?status=suspended").text.contains(licence))
    }
}
