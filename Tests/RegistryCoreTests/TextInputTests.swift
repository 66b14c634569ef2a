import Testing
@testable import RegistryCore

@Suite struct TextInputTests {
    let field = FieldName("名称", "name")

    @Test func trimsAndAccepts() throws {
        #expect(try TextInput.required("  延庆葡萄　", field: field, maxLength: 10) == "延庆葡萄")
    }

    @Test func refusesEmptyTooLongBrokenAndControl() {
        #expect(throws: FieldError.empty(field: field)) { try TextInput.required("   ", field: field, maxLength: 10) }
        #expect(throws: FieldError.tooLong(field: field, maxLength: 3, actual: 4)) { try TextInput.required("延庆葡萄", field: field, maxLength: 3) }
        #expect(throws: FieldError.notUTF8(field: field)) { try TextInput.required("延\u{FFFD}庆", field: field, maxLength: 10) }
        #expect(throws: FieldError.controlCharacters(field: field)) { try TextInput.required("a\u{07}b", field: field, maxLength: 10) }
    }

    @Test(arguments: (0x202A...0x202E).map { $0 } + (0x2066...0x2069).map { $0 })
    func bidirectionalControlsAreRefusedNamingTheField(scalar: Int) throws {
        let text = "已核实\(Character(try #require(Unicode.Scalar(scalar))))fdp.exe"
        #expect(throws: FieldError.bidirectionalControls(field: field)) { try TextInput.required(text, field: field, maxLength: 100) }
        #expect(throws: FieldError.bidirectionalControls(field: field)) { try TextInput.optional(text, field: field, maxLength: 100) }
        #expect(FieldError.bidirectionalControls(field: field).chinese.hasPrefix("「名称」含有改变文字方向的控制字符"))
    }

    @Test func otherFormatCharactersOfWrittenTextAreKept() throws {
        // The zero-width joiner and the left-to-right mark are part of ordinary text, not overrides.
        #expect(try TextInput.required("葡\u{200D}萄\u{200E}", field: field, maxLength: 10) == "葡\u{200D}萄\u{200E}")
    }

    @Test func wholeNumbersAreParsedWithinTheirRangeAndRefusedOtherwise() throws {
        let page = FieldName("页码", "page")
        #expect(try NumberInput.whole(" 42 ", field: page, in: 1...100) == 42)
        #expect(try NumberInput.whole(nil, field: page, in: 1...100) == nil)
        #expect(try NumberInput.whole("", field: page, in: 1...100) == nil)
        for text in ["0", "101", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e308", "NaN", "4.5", "十",
                     String(repeating: "9", count: 10_000)] {
            #expect(throws: FieldError.invalid(field: page, chinese: "应为 1 到 100 之间的整数", english: "must be a whole number from 1 to 100")) {
                try NumberInput.whole(text, field: page, in: 1...100)
            }
        }
    }

    @Test func aMegabyteFieldIsRefusedWithItsLength() {
        let huge = String(repeating: "氧", count: 1_000_000)
        #expect(throws: FieldError.tooLong(field: field, maxLength: 100, actual: 1_000_000)) { try TextInput.required(huge, field: field, maxLength: 100) }
    }

    @Test func workingDaysSkipWeekends() throws {
        let friday = try #require(Day("2025-11-21"))
        #expect(friday.addingWorkingDays(5).description == "2025-11-28")
        #expect(try #require(Day("2025-11-24")).addingWorkingDays(5).description == "2025-12-01")
        #expect(Day("2025-02-29") == nil)
        #expect(Day("2025-2-3") == nil)
    }
}
