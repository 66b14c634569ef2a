import Foundation
import HTTPTypes
import Hummingbird
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

@Suite struct PageSkeletonTests {
    /// Every label of the fixture, in both languages, with an operator named `<script>`, an unknown
    /// code and a mistyped one: the page filled into its skeleton is byte for byte the page the
    /// template renders directly.
    @Test func aFilledSkeletonIsThePageTheTemplateRenders() async throws {
        let harness = try await ServerHarness()
        let pages = try await PageRenderer.load()
        let site = harness.server.site
        let now = DirectoryFixture.morning("2026-09-01")
        var typed = harness.fixture.labels.values.map(\.text)
        typed += ["YQ7K-2M4P-9XA", "<b>\"'&", ""]
        for (index, code) in typed.enumerated() {
            for language in [Language.chinese, .english] {
                let outcome = try site.labels.find(typed: code, client: "192.0.2.\(index)")
                let path = "/V/\(code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" + (language == .english ? "?lang=en&x=%3Ci%3E" : "")
                let request = Request(head: HTTPRequest(method: .get, scheme: "http", authority: "localhost", path: path), body: RequestBody(buffer: ByteBuffer()))
                let view = VerificationView(outcome, at: now, heuristics: site.configuration.copyHeuristics, issuer: site.configuration.issuingBody,
                                            language: language) { title in
                    PageFrame(title: title, language: language, request: request, pages: pages, issuer: site.configuration.issuingBody)
                }
                let direct = try pages.render(view, template: "verify")
                for _ in 0..<2 {
                    let filled = try pages.render(marking: view, template: "verify")
                    #expect(String(buffer: filled) == direct, "\(code) \(language)")
                }
            }
        }
        let scripted = try await harness.get("/V/\(harness.fixture.labels["scripted"]!.text)").text
        #expect(scripted.contains("&lt;script&gt;"))
    }

    /// A label revoked through another connection to the registry shows as revoked on the very next
    /// request, after its valid page was served (and its skeleton kept).
    @Test func aRevocationByAnotherConnectionShowsAtOnce() async throws {
        let harness = try await ServerHarness()
        let code = harness.fixture.labels["valid"]!.text
        #expect(try await harness.get("/V/\(code)").text.contains("<span class=\"badge valid\">有效</span>"))
        let other = try harness.fixture.store.open(on: "2026-09-01")
        let number = harness.fixture.valid
        _ = try other.write { try $0.revoke(number, by: StoreFixture.approver, category: .labelMisuse, reason: "转借标签给外地商户") }
        let page = try await harness.get("/V/\(code)").text
        #expect(page.contains("<span class=\"badge revoked\">已撤销</span>"))
        #expect(page.contains("自 2026-09-01 起，伪造、转让或超量使用标识"))
        #expect(!page.contains("<span class=\"badge valid\">"))
    }
}
