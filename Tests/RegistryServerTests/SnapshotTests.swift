import Crypto
import Foundation
import Testing
import RegistryFixtures
@testable import RegistryServer

/// `/api/v1/snapshot` lists every licence's status and every withdrawn batch, signed with the key
/// published at `/api/v1/snapshot/public-key`; the key file is the owner's alone.
@Suite struct SnapshotTests {
    struct Snapshot: Decodable {
        struct Licence: Decodable { let number: String; let status: String }
        struct Batch: Decodable { let number: String; let licence: String; let status: String }
        let date: String
        let licences: [Licence]
        let batches: [Batch]
    }

    struct PublicKey: Decodable { let algorithm: String; let publicKey: String }

    @Test func theSnapshotIsSignedWithThePublishedKey() async throws {
        let harness = try await ServerHarness()
        let fixture = harness.fixture
        let answer = try await harness.get("/api/v1/snapshot")
        #expect(answer.status == 200)
        let snapshot = try answer.json(Snapshot.self)
        #expect(snapshot.date == DirectoryFixture.today)
        let statuses = Dictionary(uniqueKeysWithValues: snapshot.licences.map { ($0.number, $0.status) })
        #expect(statuses[fixture.valid] == "valid" && statuses[fixture.revoked] == "revoked" && statuses[fixture.suspended] == "suspended")
        #expect(snapshot.batches.count == 1 && snapshot.batches[0].licence == fixture.valid && snapshot.batches[0].status == "revoked")
        let published = try await harness.get("/api/v1/snapshot/public-key").json(PublicKey.self)
        #expect(published.algorithm == "Ed25519")
        let key = try Curve25519.Signing.PublicKey(rawRepresentation: try #require(Data(base64Encoded: published.publicKey)))
        let signature = try #require(answer.header("X-Oxlabel-Signature").flatMap { Data(base64Encoded: $0) })
        #expect(key.isValidSignature(signature, for: answer.data))
        var altered = answer.data
        altered[altered.startIndex + 10] ^= 1
        #expect(!key.isValidSignature(signature, for: altered))
    }

    @Test func withoutAKeyTheSnapshotIsUnavailable() async throws {
        let harness = try await ServerHarness(snapshotKey: nil)
        #expect(try await harness.get("/api/v1/snapshot").status == 503)
        #expect(try await harness.get("/api/v1/snapshot/public-key").status == 503)
    }

    @Test func theKeyFileIsCreatedOwnerOnlyAndReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SnapshotKey.file(beside: folder.appendingPathComponent("registry.sqlite").path)
        let created = try SnapshotKey.loadOrCreate(at: file)
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try SnapshotKey.load(from: file).privateKey.rawRepresentation == created.privateKey.rawRepresentation)
        #expect(try SnapshotKey.loadOrCreate(at: file).privateKey.rawRepresentation == created.privateKey.rawRepresentation)
        try Data("short".utf8).write(to: file)
        #expect(throws: SnapshotKeyError.unreadable(path: file.path)) { try SnapshotKey.load(from: file) }
    }
}
