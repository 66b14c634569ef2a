import Foundation
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

/// A GS1 Digital Link resolves in every form GS1 Digital Link 1.2 allows for a GTIN with a serial, and
/// one whose GTIN or lot is not the batch's warns on the page and is `mismatch` (422) in the API. The
/// GTINs get their check digit from a mod-10 written here, not from `GTIN.checkDigit`.
@Suite struct DigitalLinkTests {
    /// The GS1 mod-10 check digit: from the right, the digits alternately weigh 3 and 1.
    static func gtin(_ body: String) -> String {
        var sum = 0, weight = 3
        for character in body.reversed() {
            sum += Int(String(character))! * weight
            weight = 4 - weight
        }
        return body + String((10 - sum % 10) % 10)
    }

    static let registeredGTIN = gtin("690123456789")   // a GTIN-13
    static let otherGTIN = gtin("690123456790")

    /// The server with a printed batch of the fixture's valid licence, registered with a GTIN-13 and a lot.
    static func harness() async throws -> (ServerHarness, LabelCode, LabelCode) {
        let harness = try await ServerHarness()
        let registry = harness.fixture.registry
        let link = LabelLinkForm.digitalLink(gtin: try GTIN(parsing: registeredGTIN), lot: try GS1Lot(parsing: "2026-09A"))
        var generator = SeededGenerator(seed: 51)
        let codes = try registry.write { tx in
            let batch = try tx.issueBatch(licence: harness.fixture.valid, count: 2, link: link, by: StoreFixture.printer, codes: &generator)
            return try tx.recordPrintJob(batch: batch.number, format: "a4-3x7", by: StoreFixture.printer).codes
        }
        return (harness, codes[0], harness.fixture.labels["valid"]!)
    }

    @Test func everyFormOfTheBatchsOwnLinkResolvesWithoutAWarning() async throws {
        let (harness, code, _) = try await Self.harness()
        let fourteen = "0" + Self.registeredGTIN
        for path in ["/01/\(fourteen)/10/2026-09A/21/\(code.text)", "/01/\(Self.registeredGTIN)/10/2026-09A/21/\(code.text)",
                     "/01/\(fourteen)/21/\(code.text)", "/01/\(Self.registeredGTIN)/21/\(code.text)?linkType=all&17=270101"] {
            let page = try await harness.get(path)
            #expect(page.status == 200, "\(path)")
            #expect(page.text.contains("<span class=\"badge valid\">有效</span>"), "\(path)")
            #expect(!page.text.contains("商品条码与登记不符"), "\(path)")
        }
        let api = try await harness.get("/api/v1/labels/\(code.text)?gtin=\(Self.registeredGTIN)")
        #expect(api.status == 200)
        let link = try #require(try api.json(LinkedLabelJSON.self).link)
        #expect(link.status == "match" && link.gtin == fourteen && link.registeredGTIN == fourteen && link.registeredLot == "2026-09A")
    }

    @Test func anotherGTINOrLotOrAGTINOnABatchWithoutOneIsWarnedOf() async throws {
        let (harness, code, short) = try await Self.harness()
        let cases = [
            ("/01/\(Self.otherGTIN)/10/2026-09A/21/\(code.text)", "（GTIN 0\(Self.registeredGTIN)，批号 2026-09A），链接中为 GTIN 0\(Self.otherGTIN)，批号 2026-09A"),
            ("/01/\(Self.registeredGTIN)/10/2026-10B/21/\(code.text)", "链接中为 GTIN 0\(Self.registeredGTIN)，批号 2026-10B"),
            ("/01/\(Self.registeredGTIN)/21/\(short.text)", "（未登记商品条码），链接中为 GTIN 0\(Self.registeredGTIN)"),
        ]
        for (path, detail) in cases {
            let page = try await harness.get(path)
            #expect(page.status == 200, "\(path)")
            #expect(page.text.contains("<div class=\"card warning mismatch\" role=\"alert\"><p>商品条码与登记不符：此标签登记于批次 "), "\(path)")
            #expect(page.text.contains(detail), "\(path)")
            #expect(page.text.contains("<title>商品条码与登记不符"), "\(path)")
        }
        // The same label through its own link, right after, carries no warning: the warning is the link's.
        #expect(!(try await harness.get("/V/\(code.text)").text.contains("商品条码与登记不符")))
        let api = try await harness.get("/api/v1/labels/\(code.text)?gtin=\(Self.otherGTIN)&lot=2026-09A")
        #expect(api.status == 422)
        let document = try api.json(LinkedLabelJSON.self)
        #expect(document.link?.status == "mismatch" && document.link?.message?.hasPrefix("商品条码与登记不符：此标签登记于") == true)
        #expect(document.status.state == "valid")
        let shortAPI = try await harness.get("/api/v1/labels/\(short.text)?gtin=\(Self.registeredGTIN)")
        let shortLink = try shortAPI.json(LinkedLabelJSON.self).link
        #expect(shortAPI.status == 422 && shortLink?.status == "mismatch" && shortLink?.registeredGTIN == nil)
        #expect(try await harness.get("/api/v1/labels/\(code.text)?gtin=6901234567893").status == 400)
        #expect(try await harness.get("/api/v1/labels/\(code.text)?lot=2026-09A").status == 400)
    }
}

/// A label as the API returns it with a Digital Link's GTIN and lot, as a client would decode it.
struct LinkedLabelJSON: Decodable {
    struct Link: Decodable {
        let status: String
        let gtin: String
        let lot: String?
        let registeredGTIN: String?
        let registeredLot: String?
        let message: String?
    }
    let status: LicenceJSON.Status
    let link: Link?
}
