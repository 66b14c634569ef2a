import Testing
@testable import RegistryCore

/// GS1 Digital Link 1.2's forms for a GTIN with a serial (and a lot or none) resolve to the label code,
/// and a link whose GTIN or lot is not its batch's is a mismatch. The GTINs are made with a mod-10 check
/// digit computed here, independently of `GTIN.checkDigit`.
@Suite struct GS1DigitalLinkTests {
    /// GS1's check digit, computed from the left: in a GTIN-14 body of 13 digits the odd positions
    /// (1st, 3rd, …) weigh 3; shorter bodies are the same digits right-aligned.
    static func withCheckDigit(_ body: String) -> String {
        let digits = body.map { Int(String($0))! }
        let offset = 13 - digits.count
        var sum = 0
        for (index, digit) in digits.enumerated() {
            sum += (index + offset) % 2 == 0 ? digit * 3 : digit
        }
        let check = sum % 10 == 0 ? 0 : 10 - sum % 10
        return body + String(check)
    }

    static let code: LabelCode = {
        var generator = SeededGenerator(seed: 41)
        return LabelCode.random(using: &generator)
    }()

    @Test func theIndependentCheckDigitAgreesWithPublishedGTINs() {
        // Printed codes: EAN-13 4006381333931, EAN-8 96385074, UPC-A 036000291452.
        #expect(Self.withCheckDigit("400638133393") == "4006381333931")
        #expect(Self.withCheckDigit("9638507") == "96385074")
        #expect(Self.withCheckDigit("03600029145") == "036000291452")
    }

    /// Bodies of a GTIN-14, -13, -12 and -8 (the check digit is added), and a GTIN-14 with indicator 2.
    @Test(arguments: ["0690123456789", "690123456789", "69012345678", "6901234", "2061414100004"])
    func everyGTINLengthIsReadInItsFourteenDigitForm(body: String) throws {
        let gtin = Self.withCheckDigit(body)
        let padded = String(repeating: "0", count: 14 - gtin.count) + gtin
        let code = Self.code.text
        for path in ["/01/\(gtin)/10/2026-09A/21/\(code)", "/01/\(gtin)/21/\(code)", "/01/\(gtin)/21/\(code)?linkType=gs1:pip&17=270101",
                     "/01/\(padded)/10/2026-09A/21/\(code)#top"] {
            let link = try GS1DigitalLink(path: path)
            #expect(link.gtin.digits14 == padded, "\(path)")
            #expect(link.code == Self.code, "\(path)")
            #expect(link.lot == (path.contains("/10/") ? try GS1Lot(parsing: "2026-09A") : nil), "\(path)")
        }
    }

    @Test func aWrongCheckDigitOrAnUnknownFormIsRefused() throws {
        let gtin = Self.withCheckDigit("0690123456789")
        let wrong = String(gtin.dropLast()) + String((Int(String(gtin.last!))! + 1) % 10)
        #expect(throws: CodeError.self) { try GS1DigitalLink(path: "/01/\(wrong)/21/\(Self.code.text)") }
        #expect(throws: CodeError.urlUnrecognised("/01/\(gtin)/22/\(Self.code.text)")) { try GS1DigitalLink(path: "/01/\(gtin)/22/\(Self.code.text)") }
        #expect(throws: CodeError.urlUnrecognised("/01/\(gtin)")) { try GS1DigitalLink(path: "/01/\(gtin)") }
    }

    func batch(_ link: LabelLinkForm) throws -> LabelBatch {
        LabelBatch(number: "YQYB-P-2026-0001-B001", licenceNumber: "YQYB-P-2026-0001", term: 1, count: 1, link: link,
                   codes: LabelCodeRange(Self.code, Self.code), by: try Actor(name: "孙丽", role: .printer), on: Fixtures.day)
    }

    @Test func aLinkMatchesOnlyTheBatchsGTINAndLot() throws {
        let registered = try GTIN(parsing: Self.withCheckDigit("690123456789"))
        let other = try GTIN(parsing: Self.withCheckDigit("690123456790"))
        let lot = try GS1Lot(parsing: "2026-09A"), otherLot = try GS1Lot(parsing: "2026-10B")
        let digital = try batch(.digitalLink(gtin: registered, lot: lot))
        #expect(DigitalLinkMismatch(GS1DigitalLink(gtin: registered, lot: lot, code: Self.code), batch: digital) == nil)
        #expect(DigitalLinkMismatch(GS1DigitalLink(gtin: registered, lot: nil, code: Self.code), batch: digital) == nil)
        let wrongGTIN = try #require(DigitalLinkMismatch(GS1DigitalLink(gtin: other, lot: lot, code: Self.code), batch: digital))
        #expect(wrongGTIN.chinese.hasPrefix("商品条码与登记不符：此标签登记于批次 YQYB-P-2026-0001-B001（GTIN \(registered)，批号 2026-09A）"))
        #expect(wrongGTIN.chinese.contains("链接中为 GTIN \(other)，批号 2026-09A"))
        #expect(DigitalLinkMismatch(GS1DigitalLink(gtin: registered, lot: otherLot, code: Self.code), batch: digital) != nil)
        let short = try #require(DigitalLinkMismatch(GS1DigitalLink(gtin: registered, lot: nil, code: Self.code), batch: try batch(.short)))
        #expect(short.chinese.contains("此标签登记于批次 YQYB-P-2026-0001-B001（未登记商品条码）"))
        #expect(short.english.contains("no GTIN registered"))
    }
}
