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
