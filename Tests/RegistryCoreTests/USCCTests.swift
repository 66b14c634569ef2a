import Testing
@testable import RegistryCore

@Suite struct USCCTests {
    /// Codes published on the companies' own registration records.
    static let published = ["914403001922038216", "91330100799655058B", "9144030071526726XG", "91110108551385082Q", "91110000802100433B"]

    @Test(arguments: published)
    func publishedCodesPass(_ code: String) throws {
        #expect(try USCC(code).value == code)
    }

    @Test func lowerCaseAndSpacesAreForgiven() throws {
        #expect(try USCC("  9144030071526726xg ").value == "9144030071526726XG")
    }

    @Test(arguments: published)
    func everySingleCharacterTypoIsCaught(_ code: String) {
        let characters = Array(code)
        for position in 0..<18 {
            for replacement in USCC.alphabet where replacement != characters[position] {
                var typo = characters
                typo[position] = replacement
                #expect(throws: USCCError.self) { try USCC(String(typo)) }
            }
        }
    }

    @Test func badCheckCharacterNamesTheExpectedOne() {
        #expect(throws: USCCError.badCheckCharacter(expected: "6", actual: "7")) { try USCC("914403001922038217") }
        let message = USCCError.badCheckCharacter(expected: "6", actual: "7").chinese
        #expect(message.contains("第 18 位") && message.contains("「6」"))
    }

    @Test func illegalCharacterNamesItsPosition() {
        #expect(throws: USCCError.illegalCharacter(position: 5, character: "O")) { try USCC("9144O3001922038216") }
    }

    @Test func structuralErrors() {
        #expect(throws: USCCError.wrongLength(actual: 17)) { try USCC("91440300192203821") }
        #expect(throws: USCCError.unknownRegistrationAuthority("B")) { try USCC("B14403001922038216") }
        #expect(throws: USCCError.self) { try USCC("974403001922038216") }
        #expect(throws: USCCError.badDivisionCode("994403")) { try USCC("91994403192203821" + "6") }
    }

    @Test func completingGeneratesValidCodes() throws {
        let code = try #require(USCC.completing("93110119MA01ABCD1"))
        #expect(code.divisionCode == "110119")
        #expect(code.entityTypeName == "农民专业合作社")
    }
}
