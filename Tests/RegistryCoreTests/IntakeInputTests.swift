import Foundation
import Testing
@testable import RegistryCore

/// What the command line and the console's forms share: subject details from typed fields, ingredient lines,
/// and evidence files recognised by content.
@Suite struct IntakeInputTests {
    @Test func eachKindTakesItsOwnFieldsAndAMissingOneIsNamedAsEmpty() throws {
        let input = SubjectDetailsInput(crop: "葡萄", plot: "东坡地块", areaMu: 100, season: 2026, expectedOutputKg: 150_000, packSizeKg: 5,
                                        latitude: 40.49, longitude: 115.87, elevation: 525)
        guard case .product(let product) = try input.details(for: .product) else { Issue.record("not a product"); return }
        #expect(product.crop == "葡萄" && product.location.latitude == 40.49)
        #expect(throws: FieldError.empty(field: .homestayAddress)) { try input.details(for: .homestay) }
        #expect(throws: FieldError.empty(field: .restaurant)) { try input.details(for: .dish) }
        var noLongitude = input
        noLongitude.longitude = nil
        #expect(throws: FieldError.empty(field: .plotLocation)) { try noLongitude.details(for: .product) }
    }

    @Test func aProductNeedsItsPlotsElevationAndAHomestayDoesNot() throws {
        var input = SubjectDetailsInput(crop: "葡萄", plot: "东坡地块", areaMu: 100, season: 2026, expectedOutputKg: 150_000, packSizeKg: 5,
                                        address: "八亩地村", rooms: 12, latitude: 40.49, longitude: 115.87)
        #expect(throws: FieldError.empty(field: .elevation)) { try input.details(for: .product) }
        guard case .homestay(let homestay) = try input.details(for: .homestay) else { Issue.record("not a homestay"); return }
        #expect(homestay.location.elevation == nil)
        input.elevation = 525
        guard case .product(let product) = try input.details(for: .product) else { Issue.record("not a product"); return }
        #expect(product.location.elevation == 525)
    }

    @Test func ingredientLinesAreReadWithEitherColon() throws {
        #expect(try Ingredient(parsing: "香白杏仁：300：5") == Ingredient(name: "香白杏仁", grams: 300, sourceSubjectID: 5))
        #expect(try Ingredient(parsing: " 牛奶 : 150 ") == Ingredient(name: "牛奶", grams: 150))
        for bad in ["牛奶", "牛奶:一百", "牛奶:150:甲", "a:1:2:3"] {
            #expect(throws: FieldError.self) { try Ingredient(parsing: bad) }
        }
    }

    @Test func evidenceFilesAreRecognisedByTheirFirstBytes() throws {
        #expect(EvidenceMediaType(leadingBytes: Array("%PDF-1.7".utf8)) == .pdf)
        #expect(EvidenceMediaType(leadingBytes: [0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(EvidenceMediaType(leadingBytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == .png)
        #expect(EvidenceMediaType(leadingBytes: Array("GIF89a".utf8)) == nil)
        #expect(EvidenceMediaType(leadingBytes: Array("<html>".utf8)) == nil)
        #expect(EvidenceMediaType(leadingBytes: [UInt8]()) == nil)
    }

    @Test func anEvidenceFileKeepsOnlyTheLastComponentOfItsNameAndAStoredDigest() throws {
        let digest = String(repeating: "ab", count: 32)
        #expect(try EvidenceFile(sha256: digest, sizeBytes: 10, fileName: "C:\\扫描\\报告.pdf", mediaType: .pdf).fileName == "报告.pdf")
        #expect(try EvidenceFile(sha256: digest, sizeBytes: 10, fileName: "../../etc/passwd", mediaType: .pdf).fileName == "passwd")
        #expect(try EvidenceFile(sha256: digest, sizeBytes: 10, fileName: "", mediaType: .png).fileName == "abababababab.png")
        #expect(throws: FieldError.self) { try EvidenceFile(sha256: digest.uppercased(), sizeBytes: 10, fileName: "a.pdf", mediaType: .pdf) }
        #expect(throws: FieldError.self) { try EvidenceFile(sha256: "../x", sizeBytes: 10, fileName: "a.pdf", mediaType: .pdf) }
        #expect(throws: FieldError.self) {
            try EvidenceFile(sha256: digest, sizeBytes: 10, fileName: String(repeating: "长", count: 201), mediaType: .pdf)
        }
    }
}
