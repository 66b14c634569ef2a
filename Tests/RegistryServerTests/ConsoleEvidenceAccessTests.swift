import Crypto
import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// Evidence scans go only to the roles that work on applications, and only for digests that are some
/// application's evidence: any other file in the store gets the same 404 as a missing one.
@Suite struct ConsoleEvidenceAccessTests {
    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// A registry with an application whose evidence has a scan, and another file in the evidence store
    /// that belongs to no application; returns both digests.
    private func evidence(_ harness: ConsoleHarness) throws -> (scan: String, stray: String) {
        let subject = try harness.fixture.grapeSubject(harness.registry)
        let scan = Self.digest(SampleFiles.pdf)
        let file = try EvidenceFile(sha256: scan, sizeBytes: SampleFiles.pdf.count, fileName: "检测报告.pdf", mediaType: .pdf)
        let evidence = try Evidence(kind: .foodSafetyTest, reference: "JC-2026-0001", validUntil: Day("2027-06-30"), value: "合格", file: file)
        _ = try harness.registry.write { try $0.apply(subjectID: subject, evidence: [evidence], by: StoreFixture.clerk) }
        let stray = SampleFiles.png
        for (digest, data) in [(scan, SampleFiles.pdf), (Self.digest(stray), stray)] {
            let location = harness.registry.evidence.location(sha256: digest)
            try FileManager.default.createDirectory(at: location.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: location)
        }
        return (scan, Self.digest(stray))
    }

    @Test func onlyTheRolesThatWorkOnApplicationsDownloadEvidence() async throws {
        let harness = try await ConsoleHarness()
        let (scan, _) = try evidence(harness)
        for (name, role) in [("王芳", Role.clerk), ("李强", .reviewer), ("赵敏", .approver), ("钱审", .auditor)] {
            let download = try await harness.signedIn(name, roles: [role]).get("/console/evidence/\(scan)")
            #expect(download.status == 200 && download.data == SampleFiles.pdf, "\(role)")
        }
        for (name, role) in [("孙丽", Role.printer), ("孙卫东", .meteorologist), ("孙磊", .admin)] {
            let refused = try await harness.signedIn(name, roles: [role]).get("/console/evidence/\(scan)")
            #expect(refused.status == 403 && refused.data != SampleFiles.pdf, "\(role)")
        }
    }

    @Test func aFileThatIsNoApplicationsEvidenceIsNotFoundLikeAMissingOne() async throws {
        let harness = try await ConsoleHarness()
        let (_, stray) = try evidence(harness)
        let reviewer = try await harness.signedIn("李强", roles: [.reviewer])
        let strayAnswer = try await reviewer.get("/console/evidence/\(stray)")
        let missingAnswer = try await reviewer.get("/console/evidence/\(String(repeating: "0", count: 64))")
        #expect(strayAnswer.status == 404 && missingAnswer.status == 404)
        #expect(strayAnswer.data != SampleFiles.png)
        #expect(try harness.registry.read { try $0.isApplicationEvidence(sha256: stray) } == false)
    }
}
