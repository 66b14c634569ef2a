import Crypto
import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer
import Testing

/// The snapshot key file: created 0600 for a new registry only, refused when others may read it, and
/// replaced only by a deliberate, audited rotation that keeps the old public key.
@Suite struct SnapshotKeyTests {
    static let admin = try! Actor(name: "孙磊", role: .admin)

    private func mode(_ file: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
    }

    @Test func aNewRegistryGetsAKeyOwnerOnlyAndReadsItBack() throws {
        let registry = try StoreFixture().open()
        let file = SnapshotKey.file(beside: registry.path)
        let created = try SnapshotKey.loadOrCreate(beside: registry)
        #expect(try mode(file) == 0o600)
        #expect(try SnapshotKey.load(from: file).publicKeyText == created.publicKeyText)
        #expect(try SnapshotKey.loadOrCreate(beside: registry).publicKeyText == created.publicKeyText)
        try Data("short".utf8).write(to: file)
        #expect(throws: SnapshotKeyError.unreadable(path: file.path)) { try SnapshotKey.load(from: file) }
    }

    @Test func aKeyThatOthersMayReadIsRefused() throws {
        let registry = try StoreFixture().open()
        let file = SnapshotKey.file(beside: registry.path)
        try SnapshotKey.loadOrCreate(beside: registry)
        for loose in [0o644, 0o640, 0o604, 0o660, 0o602] {
            chmod(file.path, mode_t(loose))
            #expect(throws: SnapshotKeyError.exposed(path: file.path, mode: loose)) { try SnapshotKey.load(from: file) }
        }
        #expect(SnapshotKeyError.exposed(path: file.path, mode: 0o644).chinese.contains("chmod 600 \(file.path)"))
        #expect(SnapshotKeyError.exposed(path: file.path, mode: 0o644).english.contains("chmod 600 \(file.path)"))
        chmod(file.path, 0o400)
        #expect(throws: Never.self) { try SnapshotKey.load(from: file) }
    }

    @Test func aRegistryWithRecordsNeverGetsANewKeyByItself() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        _ = try fixture.grapeSubject(registry)
        let file = SnapshotKey.file(beside: registry.path)
        #expect(throws: SnapshotKeyError.missing(path: file.path)) { try SnapshotKey.loadOrCreate(beside: registry) }
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(SnapshotKeyError.missing(path: file.path).chinese.contains("请从备份恢复"))
        #expect(SnapshotKeyError.missing(path: file.path).english.contains("restore it from the backup"))
    }

    @Test func rotationReplacesTheKeyKeepsTheOldPublicKeyAndIsAudited() throws {
        let registry = try StoreFixture().open()
        let file = SnapshotKey.file(beside: registry.path)
        let old = try SnapshotKey.loadOrCreate(beside: registry)
        let rotation = try SnapshotKey.rotate(beside: registry, reason: "密钥文件随旧服务器报废", by: Self.admin)
        #expect(rotation.retiredPublicKey == old.publicKeyText)
        #expect(try SnapshotKey.load(from: file).publicKeyText == rotation.key.publicKeyText)
        #expect(rotation.key.publicKeyText != old.publicKeyText)
        #expect(try mode(file) == 0o600)
        try registry.read { tx throws in
            let retired = try tx.retiredSnapshotKeys()
            #expect(retired.map(\.publicKey) == [old.publicKeyText] && retired[0].reason == "密钥文件随旧服务器报废" && retired[0].actor == "孙磊")
            let event = try #require(try tx.auditEvents(entity: .snapshotKey).first)
            #expect(event.action.rawValue == "rotateSnapshotKey" && event.from == old.publicKeyText && event.to == rotation.key.publicKeyText)
            #expect(try tx.verifyAudit().isIntact)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path).filter { $0.contains(".new-") }.isEmpty)
    }

    @Test func aRefusedRotationLeavesTheKeyAndTheRegistryAsTheyWere() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let file = SnapshotKey.file(beside: registry.path)
        let old = try SnapshotKey.loadOrCreate(beside: registry)
        let before = try fixture.dump()
        #expect(throws: RegistryError.roleNotAllowed(role: .printer, action: .rotateSnapshotKey)) {
            try SnapshotKey.rotate(beside: registry, reason: "试试", by: StoreFixture.printer)
        }
        #expect(throws: FieldError.self) { try SnapshotKey.rotate(beside: registry, reason: "  ", by: Self.admin) }
        #expect(try SnapshotKey.load(from: file).publicKeyText == old.publicKeyText)
        #expect(try fixture.dump() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path).filter { $0.contains(".new-") }.isEmpty)
    }
}
