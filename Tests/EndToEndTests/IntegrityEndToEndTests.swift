import Crypto
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The registry's integrity outside its file, on the built binary: the audit chain checked against a
/// snapshot an inspector saved, a backup restored under load that verifies with the original key, a key
/// that `init` never replaces by itself, a deliberate key rotation, and a key others may read refused.
@Suite(.serialized) struct IntegrityEndToEndTests {
    /// What an inspector keeps: the snapshot's exact bytes, its signature header and the published keys.
    struct Evidence {
        let snapshot: URL
        let signature: URL
        let publicKey: URL
        let signatureText: String
    }

    struct PublishedKeys: Decodable {
        struct Retired: Decodable { let publicKey: String; let validFrom: String?; let validUntil: String }
        let algorithm: String
        let publicKey: String
        let retired: [Retired]
    }

    /// Fetches the snapshot, its signature and the public key from a running server into the test's folder.
    func keep(from server: CommandLineRunner.Server, in cli: CommandLineRunner, name: String) async throws -> Evidence {
        let answer = try await server.get("/api/v1/snapshot")
        let signature = try #require(answer.response.value(forHTTPHeaderField: "X-Oxlabel-Signature"))
        let evidence = Evidence(snapshot: cli.folder.appendingPathComponent("\(name).json"), signature: cli.folder.appendingPathComponent("\(name).sig"),
                                publicKey: cli.folder.appendingPathComponent("public-key.json"), signatureText: signature)
        try answer.body.write(to: evidence.snapshot)
        try Data(signature.utf8).write(to: evidence.signature)
        try await server.get("/api/v1/snapshot/public-key").body.write(to: evidence.publicKey)
        return evidence
    }

    @Test func auditVerifyAgainstASavedSnapshotFindsACutAndChecksTheSignature() async throws {
        var cli = CommandLineRunner()
        _ = try cli.grantedProductLicence()
        let server = try await cli.serve()
        defer { if server.process.isRunning { server.process.terminate() } }
        let kept = try await keep(from: server, in: cli, name: "snapshot")
        try await server.stop(with: SIGTERM)

        try cli.ok(["region-title", "set", "--standing", "valid", "--reason", "通过复查"], actor: "孙磊", role: "admin")
        let against = ["audit", "verify", "--against", kept.snapshot.path]
        let intact = try cli.ok(against + ["--signature", kept.signature.path, "--public-key", kept.publicKey.path])
        #expect(intact.contains("audit chain intact") && intact.contains("holds the head") && intact.contains("snapshot signature verified"))
        #expect(try cli.ok(against + ["--signature", kept.signatureText]).contains("snapshot signature verified"))

        // A snapshot changed after it was signed no longer verifies.
        let text = String(decoding: try Data(contentsOf: kept.snapshot), as: UTF8.self)
        #expect(text.contains("\"valid\""))
        let alteredFile = cli.folder.appendingPathComponent("altered.json")
        try Data(text.replacingOccurrences(of: "\"valid\"", with: "\"vaild\"").utf8).write(to: alteredFile)
        #expect(try cli.refused(["audit", "verify", "--against", alteredFile.path, "--signature", kept.signature.path]).contains("does not verify"))

        // Whoever holds the file cuts the chain back before the snapshot's head and moves the head record with it.
        struct Anchor: Decodable { struct Head: Decodable { let sequence: Int }; let audit: Head }
        let anchor = try JSONDecoder().decode(Anchor.self, from: try Data(contentsOf: kept.snapshot)).audit.sequence
        _ = try CommandLineRunner.tool("/usr/bin/sqlite3", [cli.dataPath, """
            DELETE FROM audit_events WHERE sequence >= \(anchor);
            UPDATE audit_head SET sequence = \(anchor - 1), hash = (SELECT hash FROM audit_events WHERE sequence = \(anchor - 1));
            """])
        #expect(try cli.ok(["audit", "verify"]).contains("audit chain intact"), "a clean cut passes the check inside the file")
        let found = try cli.run(against)
        #expect(found.status == 1)
        #expect(found.output.contains("event \(anchor), the head in the saved snapshot, is no longer in the chain"))
    }

    @Test func aBackupTakenUnderLoadIsServedAndVerifiesWithTheOriginalKey() async throws {
        var cli = CommandLineRunner()
        let code = try cli.printedBatch(count: 1, format: "svg", file: "svg").codes[0]
        let server = try await cli.serve()
        defer { if server.process.isRunning { server.process.terminate() } }
        let original = try await server.get("/api/v1/snapshot/public-key").body
        let wrk = try WrkLoad(server.url("/V/\(code)"), connections: 4, seconds: 60)
        defer { wrk.kill() }
        var copy = CommandLineRunner()
        copy.today = cli.today
        let backup = try cli.ok(["backup", copy.dataPath, "--json"])
        let answered = try wrk.stop()
        #expect(answered > 0)
        #expect(backup.contains(copy.dataPath + ".snapshot-key"))
        for path in [copy.dataPath, copy.dataPath + ".snapshot-key"] {
            #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600, "\(path)")
        }
        #expect(try cli.refused(["backup", copy.dataPath]).contains("already exists"))
        try await server.stop(with: SIGTERM)

        let restored = try await copy.serve()
        defer { if restored.process.isRunning { restored.process.terminate() } }
        let snapshot = try await restored.get("/api/v1/snapshot")
        let signature = try #require(snapshot.response.value(forHTTPHeaderField: "X-Oxlabel-Signature").flatMap { Data(base64Encoded: $0) })
        let key = try Curve25519.Signing.PublicKey(rawRepresentation: try #require(Data(base64Encoded: try JSONDecoder().decode(PublishedKeys.self, from: original).publicKey)))
        #expect(key.isValidSignature(signature, for: snapshot.body))
        #expect(try await restored.get("/api/v1/labels/\(code)").status == 200)
        try await restored.stop(with: SIGTERM)
        #expect(try copy.ok(["audit", "verify"]).contains("audit chain intact"))
    }

    @Test func initNeverReplacesTheMissingKeyOfARegistryWithRecords() throws {
        var cli = CommandLineRunner()
        _ = try cli.grantedProductLicence()
        let keyFile = cli.dataPath + ".snapshot-key"
        let saved = try Data(contentsOf: URL(fileURLWithPath: keyFile))
        try FileManager.default.removeItem(atPath: keyFile)
        let refusal = try cli.refused(["init"])
        #expect(refusal.contains("请从备份恢复") && refusal.contains("restore it from the backup"))
        #expect(!FileManager.default.fileExists(atPath: keyFile))
        #expect(try cli.refused(["serve", "--port", "30999"]).contains("restore it from the backup"))
        // Put back from the backup, the key works again.
        #expect(FileManager.default.createFile(atPath: keyFile, contents: saved, attributes: [.posixPermissions: 0o600]))
        try cli.ok(["init"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: keyFile)) == saved)
    }

    @Test func rotateKeyIsAnAdministratorsAndKeepsTheOldKeyPublished() async throws {
        var cli = CommandLineRunner()
        _ = try cli.grantedProductLicence()
        let keyFile = cli.dataPath + ".snapshot-key"
        let old = try Curve25519.Signing.PrivateKey(rawRepresentation: try Data(contentsOf: URL(fileURLWithPath: keyFile))).publicKey.rawRepresentation.base64EncodedString()
        #expect(try cli.refused(["snapshot", "rotate-key", "--reason", "换钥"], actor: "王芳", role: "clerk").contains("无权"))
        let rotated = try cli.ok(["snapshot", "rotate-key", "--reason", "旧服务器报废", "--json"], actor: "孙磊", role: "admin")
        let new = try CommandLineRunner.field("publicKey", in: rotated)
        let retired = try CommandLineRunner.field("retiredPublicKey", in: rotated)
        #expect(new != old && retired == old)
        #expect((try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? Int) == 0o600)
        #expect(try cli.ok(["audit", "list", "--entity", "snapshot-key"]).contains("更换快照签名密钥"))
        #expect(try cli.ok(["audit", "verify"]).contains("audit chain intact"))
        let server = try await cli.serve()
        defer { if server.process.isRunning { server.process.terminate() } }
        let keys = try JSONDecoder().decode(PublishedKeys.self, from: try await server.get("/api/v1/snapshot/public-key").body)
        #expect(keys.algorithm == "Ed25519" && keys.publicKey == new)
        #expect(keys.retired.map(\.publicKey) == [old] && keys.retired.first?.validUntil == cli.today && keys.retired.first?.validFrom == nil)
        try await server.stop(with: SIGTERM)
    }

    @Test func serveRefusesAKeyThatOthersMayRead() throws {
        let cli = CommandLineRunner()
        try cli.ok(["init"])
        let keyFile = cli.dataPath + ".snapshot-key"
        chmod(keyFile, 0o644)
        let refusal = try cli.refused(["serve", "--port", "30998"])
        #expect(refusal.contains("chmod 600 \(keyFile)") && refusal.contains("权限为 644"))
    }
}
