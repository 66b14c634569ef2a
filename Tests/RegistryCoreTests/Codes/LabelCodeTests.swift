import Testing
import Foundation
@testable import RegistryCore

@Suite struct LabelCodeTests {
    private static func sample(count: Int, seed: UInt64) -> [LabelCode] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in LabelCode.random(using: &generator) }
    }

    @Test func codeHasSeventeenCrockfordSymbolsAndParsesBack() throws {
        for code in Self.sample(count: 500, seed: 1) {
            #expect(code.text.count == 17)
            #expect(code.text.allSatisfy { CrockfordBase32.alphabet.contains($0) })
            #expect(try LabelCode(parsing: code.text) == code)
        }
    }

    @Test func everySingleSubstitutionIsCaughtOnTwoThousandCodes() {
        var missed = [String]()
        for code in Self.sample(count: 2_000, seed: 2) {
            let symbols = Array(code.text)
            for position in symbols.indices {
                for replacement in CrockfordBase32.alphabet where replacement != symbols[position] {
                    var typo = symbols
                    typo[position] = replacement
                    if (try? LabelCode(parsing: String(typo))) != nil { missed.append(String(typo)) }
                }
            }
        }
        #expect(missed.isEmpty, "substitutions accepted: \(missed.prefix(5))")
    }

    @Test func everyAdjacentTranspositionIsCaughtOnTwoThousandCodes() {
        var missed = [String]()
        var tested = 0
        for code in Self.sample(count: 2_000, seed: 3) {
            let symbols = Array(code.text)
            for position in 0..<(symbols.count - 1) where symbols[position] != symbols[position + 1] {
                var typo = symbols
                typo.swapAt(position, position + 1)
                tested += 1
                if (try? LabelCode(parsing: String(typo))) != nil { missed.append(String(typo)) }
            }
        }
        #expect(tested > 30_000)
        #expect(missed.isEmpty, "transpositions accepted: \(missed.prefix(5))")
    }

    @Test func aWrongCheckSymbolIsReportedAsATypo() throws {
        let code = Self.sample(count: 1, seed: 4)[0]
        var symbols = Array(code.text)
        symbols[16] = symbols[16] == "0" ? "1" : "0"
        #expect(throws: CodeError.labelCodeTypo) { try LabelCode(parsing: String(symbols)) }
        #expect(CodeError.labelCodeTypo.chinese.contains("请核对输入"))
        #expect(CodeError.labelCodeTypo.english.contains("typo"))
    }

    @Test func wrongLengthAndIllegalCharactersAreDistinctErrors() {
        let text = Self.sample(count: 1, seed: 5)[0].text
        #expect(throws: CodeError.labelCodeLength(found: 16)) { try LabelCode(parsing: String(text.dropLast())) }
        #expect(throws: CodeError.labelCodeLength(found: 18)) { try LabelCode(parsing: text + "0") }
        #expect(throws: CodeError.labelCodeIllegalCharacter("U", position: 3)) {
            try LabelCode(parsing: String(text.prefix(3)) + "U" + String(text.dropFirst(4)))
        }
        #expect(throws: CodeError.labelCodeIllegalCharacter("*", position: 0)) { try LabelCode(parsing: "*" + text) }
    }

    @Test func parsingForgivesCaseSeparatorsFullWidthAndLookAlikes() throws {
        for code in Self.sample(count: 200, seed: 6) {
            #expect(try LabelCode(parsing: code.grouped()) == code)
            #expect(try LabelCode(parsing: code.grouped(separator: "-").lowercased()) == code)
            #expect(try LabelCode(parsing: "  " + code.grouped(separator: " - ") + "\t") == code)
            let lookAlikes = code.text.map { $0 == "0" ? "O" : $0 == "1" ? (Bool.random() ? "I" : "l") : $0 }
            #expect(try LabelCode(parsing: String(lookAlikes)) == code)
            let fullWidth = code.grouped(separator: "　").unicodeScalars.map { scalar in
                scalar.isASCII && scalar != " " ? Character(Unicode.Scalar(scalar.value + 0xFEE0)!) : Character(scalar)
            }
            #expect(try LabelCode(parsing: String(fullWidth)) == code)
        }
    }

    @Test func groupedFormHasGroupsOfFour() {
        let code = Self.sample(count: 1, seed: 7)[0]
        let groups = code.grouped().split(separator: " ")
        #expect(groups.map(\.count) == [4, 4, 4, 4, 1])
        #expect(groups.joined() == code.text)
    }

    @Test func aMillionGeneratedCodesHaveNoDuplicates() {
        var seen = Set<LabelCode>(minimumCapacity: 1_000_000)
        for _ in 0..<1_000_000 { seen.insert(LabelCode.random()) }
        #expect(seen.count == 1_000_000)
    }

    @Test func theCheckSymbolUsesTheWholeAlphabet() {
        let checks = Set(Self.sample(count: 2_000, seed: 8).map { $0.text.last! })
        #expect(checks.count == 32)
    }

    @Test func orderFollowsTheText() {
        let codes = Self.sample(count: 300, seed: 9)
        #expect(codes.sorted().map(\.text) == codes.map(\.text).sorted())
    }

    @Test func codableUsesTheText() throws {
        let code = Self.sample(count: 1, seed: 10)[0]
        let encoded = try JSONEncoder().encode([code])
        #expect(String(decoding: encoded, as: UTF8.self) == "[\"\(code.text)\"]")
        #expect(try JSONDecoder().decode([LabelCode].self, from: encoded) == [code])
    }
}
