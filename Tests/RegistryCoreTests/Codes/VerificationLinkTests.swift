import Testing
@testable import RegistryCore

@Suite struct VerificationLinkTests {
    private let host = try! VerificationHost(parsing: "yb.yq.example.cn")

    private static func code(seed: UInt64) -> LabelCode {
        var generator = SeededGenerator(seed: seed)
        return LabelCode.random(using: &generator)
    }

    @Test func shortLinkIsUpperCaseAndAlphanumeric() {
        let code = Self.code(seed: 1)
        let url = VerificationLink.short(code).url(on: host)
        #expect(url == "HTTPS://YB.YQ.EXAMPLE.CN/V/\(code.text)")
        #expect(url.allSatisfy { "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".contains($0) })
    }

    @Test func shortLinkParsesBackInAnyCase() throws {
        let code = Self.code(seed: 2)
        let url = VerificationLink.short(code).url(on: host)
        #expect(try VerificationLink(parsing: url) == .short(code))
        #expect(try VerificationLink(parsing: url.lowercased()) == .short(code))
        #expect(try VerificationLink(parsing: "https://yb.yq.example.cn/v/\(code.grouped(separator: "-"))?src=qr") == .short(code))
    }

    @Test func digitalLinkRoundTrips() throws {
        let code = Self.code(seed: 3)
        let link = VerificationLink.digitalLink(
            gtin: try GTIN(parsing: "6901234567892"), lot: try GS1Lot(parsing: "2025/A-07"), code: code)
        let url = link.url(on: host)
        #expect(url == "HTTPS://YB.YQ.EXAMPLE.CN/01/06901234567892/10/2025%2FA-07/21/\(code.text)")
        #expect(try VerificationLink(parsing: url) == link)
        #expect(try VerificationLink(parsing: url).code == code)
    }

    @Test func lotsOutsideCSET82OrTooLongAreRefused() {
        #expect(throws: CodeError.lotLength(found: 21)) { try GS1Lot(parsing: String(repeating: "A", count: 21)) }
        #expect(throws: CodeError.lotLength(found: 0)) { try GS1Lot(parsing: "") }
        #expect(throws: CodeError.lotIllegalCharacter("葡")) { try GS1Lot(parsing: "葡萄1") }
        #expect(throws: CodeError.lotIllegalCharacter(" ")) { try GS1Lot(parsing: "A 1") }
    }

    @Test func everyCSET82CharacterSurvivesPercentEncoding() throws {
        let all = String(GS1Lot.allowedCharacters.sorted())
        for start in stride(from: 0, to: all.count, by: 20) {
            let lot = try GS1Lot(parsing: String(Array(all)[start..<min(start + 20, all.count)]))
            #expect(!lot.percentEncoded.contains("/"))
            #expect(try GS1Lot(percentEncoded: lot.percentEncoded) == lot)
        }
    }

    @Test func otherURLsAreRefusedAndTyposStillSayTypo() {
        #expect(throws: CodeError.urlUnrecognised("https://yb.yq.example.cn/x/123")) {
            try VerificationLink(parsing: "https://yb.yq.example.cn/x/123")
        }
        #expect(throws: CodeError.urlUnrecognised("ftp://a/V/1")) { try VerificationLink(parsing: "ftp://a/V/1") }
        var typo = Array(Self.code(seed: 4).text)
        let position = typo.indices.first { typo[$0] != typo[$0 + 1] }!
        typo.swapAt(position, position + 1)
        #expect(throws: CodeError.labelCodeTypo) { try VerificationLink(parsing: "HTTPS://H/V/\(String(typo))") }
    }

    @Test func hostsAreValidatedAndUpperCased() throws {
        #expect(try VerificationHost(parsing: "yb.yq.example.cn:8443").name == "YB.YQ.EXAMPLE.CN:8443")
        #expect(throws: CodeError.hostInvalid("bad host")) { try VerificationHost(parsing: "bad host") }
        #expect(throws: CodeError.hostInvalid("a..b")) { try VerificationHost(parsing: "a..b") }
        #expect(throws: CodeError.hostInvalid("")) { try VerificationHost(parsing: "") }
    }
}
