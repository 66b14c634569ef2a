import ClimateQuality
import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing

/// Crop model versions kept in the registry: checked like the files of `Schemas/crops`, the newest
/// one that loads grades new assessments, and a refused file stores nothing.
@Suite struct CropModelVersionTests {
    static func grape(version: String, _ replacements: [(String, String)] = []) throws -> Data {
        var text = try String(contentsOf: StoreFixture.schemas.appendingPathComponent("crops/grape.json"), encoding: .utf8)
        for (old, new) in [("\"version\": \"2025.1\"", "\"version\": \"\(version)\"")] + replacements {
            text = text.replacingOccurrences(of: old, with: new)
        }
        return Data(text.utf8)
    }

    @Test func theNewestStoredVersionGradesAndTheFileStaysListed() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        #expect(try registry.read { try $0.cropModel(for: "葡萄") }.version == "2025.1")
        _ = try registry.write { try $0.storeCropModelVersion(try Self.grape(version: "2026.1"), file: "grape.json", by: StoreFixture.meteorologist) }
        _ = try registry.write { try $0.storeCropModelVersion(try Self.grape(version: "2026.2"), file: "grape.json", by: StoreFixture.meteorologist) }
        #expect(try registry.read { try $0.cropModel(for: "葡萄") }.version == "2026.2")
        let versions = try registry.read { try $0.cropModelVersions(id: "grape") }
        #expect(versions.map(\.model.version) == ["2026.2", "2026.1", "2025.1"])
        #expect(versions.map(\.isCurrent) == [true, false, false])
        #expect(versions.last?.origin == .schemas)
        let event = try #require(try registry.read { try $0.auditEvents(entity: .cropModel, id: "grape") }.first)
        #expect(event.to == "2026.2" && event.actor == StoreFixture.meteorologist.name)
    }

    @Test func aStoredVersionThatNoLongerLoadsIsPassedOver() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        _ = try registry.write { try $0.storeCropModelVersion(try Self.grape(version: "2026.1"), file: "grape.json", by: StoreFixture.meteorologist) }
        _ = try registry.write { try $0.storeCropModelVersion(try Self.grape(version: "2026.2"), file: "grape.json", by: StoreFixture.meteorologist) }
        try fixture.tamper("UPDATE crop_model_versions SET body = '{}' WHERE version = '2026.2'")
        #expect(try fixture.open().read { try $0.cropModel(for: "葡萄") }.version == "2026.1")
    }

    @Test(arguments: [
        ("2026.1", [("\"weight\": 0.2,", "\"weight\": 0.3,")]),
        ("2026.1", [("\"code\": \"PT\"", "\"code\": \"PG\"")]),
        ("2025.1", []),
        ("", []),
    ])
    func aRefusedFileStoresNothing(version: String, replacements: [(String, String)]) throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let before = try fixture.dump()
        #expect(throws: (any Error).self) {
            try registry.write { try $0.storeCropModelVersion(try Self.grape(version: version, replacements), file: "grape.json", by: StoreFixture.meteorologist) }
        }
        #expect(throws: (any Error).self) {
            try registry.write { try $0.storeCropModelVersion(Data([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]), file: "grape.json", by: StoreFixture.meteorologist) }
        }
        #expect(try fixture.dump() == before)
    }

    @Test func onlyAMeteorologistStoresAVersion() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        #expect(throws: RegistryError.roleNotAllowed(role: .reviewer, action: .uploadCropModel)) {
            try registry.write { try $0.storeCropModelVersion(try Self.grape(version: "2026.1"), file: "grape.json", by: StoreFixture.reviewer) }
        }
        #expect(try registry.read { try $0.cropModelVersions(id: "grape") }.count == 1)
    }
}
