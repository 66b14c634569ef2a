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
    /// code and a mistyped one: the page filled into its skeleton, and a found label's page from
    /// `LabelPageCache`, is byte for byte the page the template renders directly.
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
                let view = site.verificationView(outcome, at: now, language: language, request: request)
                let direct = try pages.render(view, template: "verify")
                for _ in 0..<2 {
                    let filled = try pages.render(marking: view, template: "verify")
                    #expect(String(buffer: filled) == direct, "\(code) \(language)")
                }
                // A found label's page, the first time of its batch and shape and from the cache after.
                if case .found(let verification) = outcome {
                    for _ in 0..<2 {
                        let page = try site.labelPage(verification, at: now, language: language, request: request)
                        #expect(String(buffer: page) == direct, "\(code) \(language)")
                    }
                    // The same label reached by a GS1 Digital Link of another GTIN and a lot with markup in it.
                    let link = GS1DigitalLink(gtin: try GTIN(parsing: "06901234567892"), lot: try GS1Lot(parsing: "<b>&'\"A"), code: verification.label.code)
                    let mismatch = try #require(DigitalLinkMismatch(link, batch: verification.batch))
                    let warned = try pages.render(site.verificationView(outcome, mismatch: mismatch, at: now, language: language, request: request),
                                                  template: "verify")
                    #expect(warned.contains("&lt;b&gt;&amp;") && !warned.contains("<b>&"))
                    for _ in 0..<2 {
                        let page = try site.labelPage(verification, mismatch: mismatch, at: now, language: language, request: request)
                        #expect(String(buffer: page) == warned, "\(code) \(language) mismatch")
                    }
                }
            }
        }
        let scripted = try await harness.get("/V/\(harness.fixture.labels["scripted"]!.text)").text
        #expect(scripted.contains("&lt;script&gt;"))
    }

    /// A page whose own texts hold what reads as a marker (here a subject named like one) cannot be
    /// split at its gaps: it is rendered whole, with its texts, every time, and never kept.
    @Test func aPageWhoseTextsReadAsMarkersIsRenderedWholeAndNotKept() {
        let cache = LabelPageCache()
        let key = LabelPageCache.Key(batch: "YQ-B-1", registryStamp: 7, day: Day("2026-09-01")!, language: .chinese,
                                     status: DisplayStatus(state: .valid, source: .label), signalKinds: [], mismatched: false)
        let texts = LabelPageTexts(code: "0002 G3R6", languageSwitchHref: "/V/0002?lang=en", reportAction: "/V/0002/report",
                                   scanLine: "共查询 2 次", signals: [], signalKinds: [])
        var renders = 0
        let render = { (texts: LabelPageTexts) in
            renders += 1
            return ByteBuffer(string: "<h1>\u{E000}0\u{E001}</h1>" + texts.values.joined(separator: "|"))
        }
        for _ in 0..<2 {
            #expect(String(buffer: cache.page(key, texts, render: render)) == "<h1>\u{E000}0\u{E001}</h1>" + texts.values.joined(separator: "|"))
        }
        #expect(renders == 4)
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
