import Foundation
import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

/// Certificate reports, directory exports and the snapshot are drawn on a bounded pool (503 with
/// `Retry-After` when it is full) and kept per registry change, so a burst of them leaves label pages
/// answering.
@Suite struct RenderingTests {
    /// A harness whose render pool draws one thing at a time and lets nothing wait.
    static func narrowPool() async throws -> ServerHarness {
        try await ServerHarness { $0.renderPool = WorkPool.Settings(width: 1, queue: 0, retryAfterSeconds: 7) }
    }

    /// Holds the pool's one place until `release` is called.
    final class HeldPool: Sendable {
        private let gate: DispatchSemaphore
        let task: Task<Void, any Error>

        init(_ pool: WorkPool) async {
            let gate = DispatchSemaphore(value: 0)
            self.gate = gate
            let (started, signal) = AsyncStream.makeStream(of: Void.self)
            task = Task { try await pool.run { signal.yield(); gate.wait() } }
            for await _ in started { break }
        }

        func release() async {
            gate.signal()
            _ = await task.result
        }
    }

    @Test func aFullPoolAnswers503WithRetryAfterAndLabelPagesStillAnswer() async throws {
        let harness = try await Self.narrowPool()
        let certificate = try ClimateFixture.certifiedGrape(in: harness.fixture.store).number
        let held = await HeldPool(harness.server.site.renderPool)
        let pdf = try await harness.get("/certificate/\(certificate).pdf")
        #expect(pdf.status == 503)
        #expect(pdf.header("Retry-After") == "7")
        #expect(pdf.text.contains("系统繁忙") && pdf.text.contains("请 7 秒后再试"))
        #expect(try await harness.get("/directory.csv").status == 503)
        let snapshot = try await harness.get("/api/v1/snapshot")
        #expect(snapshot.status == 503 && snapshot.header("Retry-After") == "7")
        #expect(try snapshot.json(ErrorJSON.self).error.code == "busy")
        #expect(try await harness.get("/V/\(harness.fixture.labels["valid"]!.text)").status == 200)
        #expect(try await harness.get("/licence/\(harness.fixture.valid)").status == 200)
        #expect(try await harness.get("/api/v1/certificates/\(certificate)").status == 200)
        await held.release()
        #expect(try await harness.get("/certificate/\(certificate).pdf").status == 200)
    }

    @Test func drawnAnswersAreKeptUntilTheRegistryChanges() async throws {
        let harness = try await Self.narrowPool()
        let certificate = try ClimateFixture.certifiedGrape(in: harness.fixture.store).number
        let uris = ["/directory.csv", "/directory.json?town=张山营镇".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!,
                    "/api/v1/snapshot", "/certificate/\(certificate)", "/certificate/\(certificate).pdf"]
        var first: [String: Data] = [:]
        for uri in uris {
            let answer = try await harness.get(uri)
            #expect(answer.status == 200, "\(uri)")
            first[uri] = answer.data
        }
        // With the pool held, kept answers are still served, byte for byte; a search not yet drawn is not.
        let held = await HeldPool(harness.server.site.renderPool)
        for uri in uris {
            let again = try await harness.get(uri)
            #expect(again.status == 200 && again.data == first[uri], "\(uri)")
        }
        #expect(try await harness.get("/directory.csv?kind=homestay").status == 503)
        // A change of the registry makes every kept answer stale.
        let suspended = harness.fixture.suspended
        _ = try harness.fixture.registry.write { try $0.reinstate(suspended, by: StoreFixture.approver, reason: "复检合格") }
        for uri in uris { #expect(try await harness.get(uri).status == 503, "\(uri)") }
        await held.release()
        let csv = try await harness.get("/directory.csv")
        #expect(csv.status == 200 && csv.data != first["/directory.csv"])
    }

    @Test func aBurstOfCertificatePDFsLeavesLabelPagesAnswering() async throws {
        let harness = try await ServerHarness()
        let certificate = try ClimateFixture.certifiedGrape(in: harness.fixture.store).number
        let label = harness.fixture.labels["valid"]!.text
        let statuses = try await harness.run { client async throws in
            try await withThrowingTaskGroup(of: (String, Int, String?).self) { group in
                for index in 0..<48 {
                    group.addTask {
                        let answer = try await client.get("/certificate/\(certificate).pdf")
                        return ("pdf", answer.status, answer.header("Retry-After"))
                    }
                    if index % 4 == 0 {
                        group.addTask { ("label", try await client.get("/V/\(label)").status, nil) }
                    }
                }
                return try await group.reduce(into: [(String, Int, String?)]()) { $0.append($1) }
            }
        }
        #expect(statuses.filter { $0.0 == "label" }.allSatisfy { $0.1 == 200 })
        #expect(statuses.filter { $0.0 == "pdf" }.allSatisfy { $0.1 == 200 || ($0.1 == 503 && $0.2 != nil) })
        #expect(statuses.contains { $0.0 == "pdf" && $0.1 == 200 })
    }
}
