import Testing
@testable import RegistryCore

@Suite struct GTINTests {
    @Test(arguments: [
        ("4006381333931", "04006381333931"),   // GTIN-13 on a retail product
        ("9780306406157", "09780306406157"),   // ISBN-13 (a GTIN-13)
        ("036000291452", "00036000291452"),    // UPC-A (GTIN-12)
        ("96385074", "00000096385074"),        // GTIN-8
        ("09520123456788", "09520123456788"),  // GS1 Digital Link standard's example
        ("6901234567892", "06901234567892"),   // a 690 (China) prefix
    ])
    func validGTINsAreNormalisedToFourteenDigits(input: String, digits14: String) throws {
        #expect(try GTIN(parsing: input).digits14 == digits14)
    }

    @Test func aWrongCheckDigitSaysWhichDigitIsExpected() {
        #expect(throws: CodeError.gtinCheckDigit(expected: 1)) { try GTIN(parsing: "4006381333932") }
        #expect(throws: CodeError.gtinCheckDigit(expected: 8)) { try GTIN(parsing: "09520123456780") }
    }

    @Test func wrongLengthsAndLettersAreRefused() {
        #expect(throws: CodeError.gtinLength(found: 11)) { try GTIN(parsing: "12345678901") }
        #expect(throws: CodeError.gtinNotDigits) { try GTIN(parsing: "40063813339X1") }
    }

    @Test func checkDigitFollowsTheGS1Weights() {
        #expect(GTIN.checkDigit(of: [6, 2, 9, 1, 0, 4, 1, 5, 0, 0, 2, 1]) == 3)
        #expect(GTIN.checkDigit(of: [9, 6, 3, 8, 5, 0, 7]) == 4)
    }
}
