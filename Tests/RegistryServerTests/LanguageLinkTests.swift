import Foundation
import Testing
@testable import RegistryServer

/// The language switch of every page leads to a page of this site only, whatever path was asked for,
/// and `lang` takes the values the OpenAPI description lists (`zh`, `en`), refusing others.
@Suite struct LanguageLinkTests {
    /// The `href` of the page's language switch.
    static func switchHref(_ page: String) -> String? {
        guard let range = page.range(of: #"<a class="lang" href="[^"]*""#, options: .regularExpression) else { return nil }
        return String(page[range].dropFirst(#"<a class="lang" href=""#.count).dropLast())
    }

    @Test(arguments: ["//evil.example/x", "//evil.example/x?lang=en", "/\\evil.example", "/%5Cevil.example", "/%2F%2Fevil.example/x",
                      "/\\/evil.example", "//evil.example/%2e%2e", "/licence//evil.example", "/%09/evil.example"])
    func anErrorPageNeverLinksToAnotherHost(path: String) async throws {
        let harness = try await ServerHarness()
        let answer = try await harness.get(path)
        #expect((400..<500).contains(answer.status), "\(path): \(answer.status)")
        let href = try #require(Self.switchHref(answer.text), "\(path) has a language switch")
        #expect(href.hasPrefix("/") && !href.hasPrefix("//") && !href.contains("\\"), "\(path) → \(href)")
        #expect(LocalPath.site(href.components(separatedBy: "?")[0]) != nil, "\(path) → \(href)")
    }

    @Test func aLocalPathKeepsItsLinkAndItsQuery() async throws {
        let harness = try await ServerHarness()
        #expect(Self.switchHref(try await harness.get("/licence/YQYB-P-2026-0404?lang=en").text) == "/licence/YQYB-P-2026-0404")
        #expect(Self.switchHref(try await harness.get("/directory?status=valid").text) == "/directory?status=valid&amp;lang=en")
        #expect(Self.switchHref(try await harness.get("//evil.example/x").text) == "/directory?lang=en")
        #expect(Self.switchHref(try await harness.get("//evil.example/x?lang=en").text) == "/directory")
    }

    @Test func localPathsAreOnlyPathsOfThisSite() {
        for local in ["/", "/directory", "/V/7K3M-9QXD", "/%2F%2Fevil.example", "/console?x=1"] { #expect(LocalPath.site(local) == local) }
        for foreign in ["//evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example", "evil.example", "/a//b", "/\t/evil.example",
                        "/ /evil.example", "/\u{3000}x", ""] {
            #expect(LocalPath.site(foreign) == nil, "\(foreign)")
        }
    }

    @Test func langTakesZhOrEnAndRefusesOthers() async throws {
        let harness = try await ServerHarness()
        #expect(try await harness.get("/directory?lang=zh").text.contains("<html lang=\"zh-CN\">"))
        #expect(try await harness.get("/directory?lang=en").text.contains("<html lang=\"en\">"))
        #expect(try await harness.get("/directory?lang=").status == 200)
        for value in ["fr", "EN", "en-US", "%FF%FE", String(Int.max)] {
            let answer = try await harness.get("/directory?lang=\(value)")
            #expect(answer.status == 400, "lang=\(value)")
            #expect(answer.text.contains("「语言」无法识别，应为：zh, en"))
        }
        #expect(try await harness.get("/api/v1/directory?lang=fr").status == 400)
    }
}
