import Crypto
import Foundation
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
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

    @Test func theSnapshotCarriesTheAuditHeadAndVerifiesWithThePublishedKeys() async throws {
        let harness = try await ServerHarness()
        let answer = try await harness.get("/api/v1/snapshot")
        let saved = try SavedSnapshot(body: answer.data)
        #expect(saved.auditHead == (try harness.fixture.registry.read { try $0.auditHead() }))
        #expect(saved.auditHead.sequence > 0)
        let keys = try PublishedSnapshotKeys(saved: try await harness.get("/api/v1/snapshot/public-key").data)
        #expect(keys.retired.isEmpty)
        let signature = try #require(answer.header("X-Oxlabel-Signature"))
        try saved.verify(signature: signature, keys: keys)
        // The bare base64 key, as an inspector may have kept it, verifies too; another key does not.
        try saved.verify(signature: signature, keys: try PublishedSnapshotKeys(saved: Data(keys.publicKey.utf8)))
        let stranger = PublishedSnapshotKeys(current: SnapshotKey(), retired: [])
        #expect(throws: SnapshotEvidenceError.badSignature(date: saved.date)) { try saved.verify(signature: signature, keys: stranger) }
    }

    @Test func retiredKeysArePublishedWithTheDaysTheySignedAndVerifyOnlyThoseDays() async throws {
        let current = SnapshotKey()
        let harness = try await ServerHarness(snapshotKey: current)
        let old = SnapshotKey()
        let admin = try Actor(name: "孙磊", role: .admin)
        try harness.fixture.registry.write { try $0.retireSnapshotKey(publicKey: old.publicKeyText, successor: current.publicKeyText, reason: "旧服务器报废", by: admin) }
        let keys = try await harness.get("/api/v1/snapshot/public-key").json(PublishedSnapshotKeys.self)
        #expect(keys.algorithm == "Ed25519" && keys.publicKey == current.publicKeyText)
        #expect(keys.retired == [PublishedSnapshotKeys.Retired(publicKey: old.publicKeyText, validFrom: nil, validUntil: DirectoryFixture.today)])
        // A snapshot of the retirement day signed with the old key verifies; one dated later does not.
        func signed(_ date: String, by key: SnapshotKey) throws -> (SavedSnapshot, String) {
            let body = Data(#"{"audit":{"hash":"\#(String(repeating: "a", count: 64))","sequence":3},"date":"\#(date)","licences":[]}"#.utf8)
            return (try SavedSnapshot(body: body), try key.privateKey.signature(for: body).base64EncodedString())
        }
        let (earlier, earlierSignature) = try signed(DirectoryFixture.today, by: old)
        try earlier.verify(signature: earlierSignature, keys: keys)
        let (later, laterSignature) = try signed("2026-09-02", by: old)
        #expect(throws: SnapshotEvidenceError.badSignature(date: later.date)) { try later.verify(signature: laterSignature, keys: keys) }
        let (current1, currentSignature) = try signed("2026-09-02", by: current)
        try current1.verify(signature: currentSignature, keys: keys)
        // Only an administrator retires a key.
        #expect(throws: RegistryError.roleNotAllowed(role: .printer, action: .rotateSnapshotKey)) {
            try harness.fixture.registry.write { try $0.retireSnapshotKey(publicKey: "x", successor: "y", reason: "r", by: try Actor(name: "孙丽", role: .printer)) }
        }
    }

    @Test func aSnapshotWithoutAnAuditHeadCannotAnchorTheChain() throws {
        #expect(throws: SnapshotEvidenceError.noAuditHead) { try SavedSnapshot(body: Data(#"{"date":"2026-09-01","licences":[]}"#.utf8)) }
        #expect(throws: SnapshotEvidenceError.unreadableSnapshot) { try SavedSnapshot(body: Data("not json".utf8)) }
    }
}
