import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer
import Testing

/// `RegistryBackup` writes the registry, its scan log and its snapshot key beside each other, 0600, never over an
/// existing file, and leaves nothing behind when a part fails.
@Suite struct RegistryBackupTests {
    private func registryWithKey() throws -> (StoreFixture, Registry, SnapshotKey) {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let key = try SnapshotKey.loadOrCreate(beside: registry)
        _ = try fixture.reviewedApplication(registry)
        return (fixture, registry, key)
    }

    private func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func theBackupHoldsTheRegistryItsScanLogAndItsKeyOwnerOnly() throws {
        let (fixture, registry, key) = try registryWithKey()
        let file = fixture.folder.appendingPathComponent("backup.sqlite").path
        let written = try RegistryBackup(of: registry).write(to: file)
        #expect(written == [file, file + ".scans.sqlite", file + ".snapshot-key"])
        for path in written { #expect(try mode(path) == 0o600, "\(path)") }
        #expect(try SnapshotKey.load(from: URL(fileURLWithPath: file + ".snapshot-key")).publicKeyText == key.publicKeyText)
        let copy = try Registry(path: file, configuration: registry.configuration)
        #expect(try copy.read { try $0.auditHead() } == registry.read { try $0.auditHead() })
        #expect(try copy.read { try $0.verifyAudit() }.isIntact)
    }

    @Test func anExistingPartIsNeverOverwrittenAndNothingIsWritten() throws {
        let (fixture, registry, _) = try registryWithKey()
        let file = fixture.folder.appendingPathComponent("backup.sqlite").path
        #expect(FileManager.default.createFile(atPath: file + ".snapshot-key", contents: Data("keep".utf8)))
        #expect(throws: StoreError.backupTargetExists(path: file + ".snapshot-key")) { try RegistryBackup(of: registry).write(to: file) }
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(FileManager.default.contents(atPath: file + ".snapshot-key") == Data("keep".utf8))
    }

    @Test func aFailedPartRemovesWhatTheBackupWrote() throws {
        let (fixture, registry, _) = try registryWithKey()
        try FileManager.default.removeItem(at: SnapshotKey.file(beside: registry.path))
        let file = fixture.folder.appendingPathComponent("backup.sqlite").path
        #expect(throws: SnapshotKeyError.self) { try RegistryBackup(of: registry).write(to: file) }
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.hasPrefix("backup.sqlite") }
        #expect(left.isEmpty)
    }
}
