import Crypto
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite struct ServeEndToEndTests {
    /// The snapshot as an inspector reads it.
    struct Snapshot: Decodable {
        struct Licence: Decodable {
            let number: String
            let status: String
        }
        let date: String
        let licences: [Licence]
    }

    /// The published key.
    struct PublishedKey: Decodable {
        let algorithm: String
        let publicKey: String
    }

    @Test func serveAnswersSignsItsSnapshotAndStopsCleanlyOnSIGTERM() async throws {
        var cli = CommandLineRunner()
        let licence = try cli.grantedProductLicence()
        #expect(try cli.refused(["serve", "--port", "70000"]).contains("--port"))
        let server = try await cli.serve()
        defer { if server.process.isRunning { server.process.terminate() } }
        let health = try await server.get("/healthz")
        #expect(health.status == 200)
        #expect(try JSONDecoder().decode([String: String].self, from: health.body) == ["status": "ok"])

        // An inspector fetches the snapshot and the key, and checks the signature over the exact bytes offline.
        let snapshot = try await server.get("/api/v1/snapshot")
        #expect(snapshot.status == 200)
        let signature = try #require(snapshot.response.value(forHTTPHeaderField: "X-Oxlabel-Signature").flatMap { Data(base64Encoded: $0) })
        let published = try JSONDecoder().decode(PublishedKey.self, from: try await server.get("/api/v1/snapshot/public-key").body)
        #expect(published.algorithm == "Ed25519")
        let key = try Curve25519.Signing.PublicKey(rawRepresentation: try #require(Data(base64Encoded: published.publicKey)))
        #expect(key.isValidSignature(signature, for: snapshot.body))
        let content = try JSONDecoder().decode(Snapshot.self, from: snapshot.body)
        #expect(content.date == "2026-08-11")
        #expect(content.licences.map(\.number) == [licence])
        #expect(content.licences.first?.status == "valid")
        // The key is the one `init` made beside the registry, readable by its owner only.
        let keyFile = cli.dataPath + ".snapshot-key"
        let stored = try Curve25519.Signing.PrivateKey(rawRepresentation: try Data(contentsOf: URL(fileURLWithPath: keyFile)))
        #expect(stored.publicKey.rawRepresentation == key.rawRepresentation)
        #expect((try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? Int) == 0o600)
        // Any changed byte, of the snapshot or of the signature, fails the check.
        for position in [0, snapshot.body.count / 2, snapshot.body.count - 1] {
            var tampered = snapshot.body
            tampered[tampered.startIndex + position] ^= 0x01
            #expect(!key.isValidSignature(signature, for: tampered))
        }
        var forged = signature
        forged[forged.startIndex] ^= 0x01
        #expect(!key.isValidSignature(forged, for: snapshot.body))

        // Header fields over 16 KB in all are refused as they are read, and the server goes on.
        var padded = URLRequest(url: server.url("/healthz"))
        padded.setValue(String(repeating: "a", count: 20_000), forHTTPHeaderField: "X-Padding")
        let (_, refused) = try await URLSession.shared.data(for: padded)
        #expect((refused as? HTTPURLResponse)?.statusCode == 400)
        #expect(try await server.get("/healthz").status == 200)

        // The metrics name requests, latency, scans written and dropped, and the scan queue's depth.
        let metrics = String(decoding: try await server.get("/metrics").body, as: UTF8.self).split(separator: "\n")
        for name in ["oxlabel_http_requests_total{", "oxlabel_http_request_duration_seconds_bucket{", "oxlabel_scans_written_total ",
                     "oxlabel_scans_dropped_total ", "oxlabel_scans_queue_depth "] {
            #expect(metrics.contains { $0.hasPrefix(name) }, "no \(name) in /metrics")
        }

        try await server.stop(with: SIGTERM)
        #expect(server.process.terminationReason == .exit)
        #expect(server.process.terminationStatus == 0)
    }
}
