import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

@Suite struct PageSkeletonTests {
    /// Every label of the fixture, in both languages, with an operator named `<script>`, an unknown
    /// code and a mistyped one: the page filled into its skeleton, and a found label's page filled into
    /// the skeleton of its batch, is byte for byte the page the template renders directly.
    @Test func aFilledSkeletonIsThePageTheTemplateRenders() async throws {
        let harness = try await ServerHarness()
        let pages = try PageRenderer.load()
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
                let direct = try pages.rendered(view, output: .values)
                for _ in 0..<2 {
                    let filled = try pages.render(view)
                    #expect(String(buffer: filled) == direct, "\(code) \(language)")
                }
                // A found label's page, the first time of its batch and shape and from the kept skeleton after.
                if case .found(let verification) = outcome {
                    for _ in 0..<2 {
                        let page = try site.labelPage(verification, at: now, language: language, request: request)
                        #expect(String(buffer: page) == direct, "\(code) \(language)")
                    }
                    // The same label reached by a GS1 Digital Link of another GTIN and a lot with markup in it.
                    let link = GS1DigitalLink(gtin: try GTIN(parsing: "06901234567892"), lot: try GS1Lot(parsing: "<b>&'\"A"), code: verification.label.code)
                    let mismatch = try #require(DigitalLinkMismatch(link, batch: verification.batch))
                    let warned = try pages.rendered(site.verificationView(outcome, mismatch: mismatch, at: now, language: language, request: request),
                                                    output: .values)
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

    /// A shared page whose other texts hold what reads as a marker (here a title made like one) cannot
    /// be split at its gaps: it is rendered whole, with its own texts, every time.
    @Test func aPageWhoseTextsReadAsMarkersIsRenderedWhole() throws {
        let pages = try TestPage.renderer()
        for own in ["甲", "乙"] {
            let page = TestSharedPage(title: "\u{E000}0\u{E001}", own: TestSharedPage.Own(code: own))
            #expect(String(buffer: try pages.render(page)) == "<h1>\u{E000}0\u{E001}</h1><p>\(own)</p>")
        }
    }

    /// A template that names a key its view does not hold (a misspelling) is refused, while a key of an
    /// absent optional is not: a misspelt key cannot render as nothing unnoticed.
    @Test func aTemplateNamingAKeyNoViewHoldsIsRefused() throws {
        let pages = try TestPage.renderer()
        #expect(String(buffer: try pages.render(TestPage(title: "<题>", note: nil))) == "<h1>&lt;题&gt;</h1>")
        #expect(String(buffer: try pages.render(TestPage(title: "题", note: "注"))) == "<h1>题</h1><p>注</p>")
        #expect(throws: PageRenderer.TemplateError.unprovided(template: "misspelt", keys: ["titel"])) {
            try pages.render(MisspeltPage(title: "题"))
        }
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

/// A page of the renderer tests, with its own small templates.
private struct TestPage: PageView {
    static let template = "page"
    let title: String
    let note: String?

    /// A renderer with the test pages' templates.
    static func renderer() throws -> PageRenderer {
        let templates = ["page": "<h1>{{title}}</h1>{{#note}}<p>{{note}}</p>{{/note}}", "misspelt": "<h1>{{titel}}</h1>",
                         "shared": "<h1>{{title}}</h1><p>{{own.code}}</p>"]
        return PageRenderer(library: MustacheLibrary(templates: try templates.mapValues { try MustacheTemplate(string: $0) }), css: "")
    }
}

/// A page whose template misspells its view's key.
private struct MisspeltPage: PageView {
    static let template = "misspelt"
    let title: String
}

/// A shared page of the renderer tests.
private struct TestSharedPage: SharedPageView {
    struct Own: PageOwnTexts, Encodable {
        let code: String
        func map(_ transform: (String) -> String) -> Own { Own(code: transform(code)) }
    }
    struct View: PageView {
        static let template = "shared"
        let title: String
        let own: Own
    }
    let title: String
    let own: Own
    var sharing: String { title }
    func view(with own: Own) -> View { View(title: title, own: own) }
}
