import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing

/// Evidence files: staged while they arrive, kept under their SHA-256 only when the transaction that refers
/// to them commits, refused past their limit or when not a PDF, JPEG or PNG.
@Suite struct EvidenceStoreTests {
    let fixture = StoreFixture()
    static let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)

    func staged(_ registry: Registry, _ bytes: [UInt8], limit: Int = 1024) throws -> StagedEvidence {
        let upload = try registry.evidence.stage(limitBytes: limit)
        for piece in stride(from: 0, to: bytes.count, by: 4) { try upload.append(bytes[piece..<min(bytes.count, piece + 4)]) }
        return try upload.finish()
    }

    func files(_ registry: Registry) -> [String] {
        ((FileManager.default.enumerator(atPath: registry.evidence.folder.path)?.allObjects as? [String]) ?? [])
            .filter { !$0.hasPrefix("staging") && $0.split(separator: "/").count == 2 }
    }

    @Test func aFileIsKeptUnderItsDigestOnlyWhenTheTransactionCommits() throws {
        let registry = try fixture.open()
        let subject = try fixture.grapeSubject(registry)
        let failing = try staged(registry, Self.pdf)
        #expect(throws: RegistryError.self) {
            try registry.write(keeping: [failing]) { tx in try tx.apply(subjectID: subject + 99, evidence: [], by: StoreFixture.clerk) }
        }
        #expect(files(registry).isEmpty)
        let upload = try staged(registry, Self.pdf)
        let evidence = try Evidence(kind: .foodSafetyTest, reference: "JC-1", file: try upload.record(fileName: "a.pdf"))
        _ = try registry.write(keeping: [upload]) { tx in try tx.apply(subjectID: subject, evidence: [evidence], by: StoreFixture.clerk) }
        #expect(files(registry) == ["\(upload.sha256.prefix(2))/\(upload.sha256)"])
        #expect(registry.evidence.contents(sha256: upload.sha256) == Data(Self.pdf))
        let again = try staged(registry, Self.pdf)
        _ = try registry.write(keeping: [again]) { _ in }
        #expect(files(registry).count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: registry.evidence.folder.appendingPathComponent("staging").path).isEmpty)
    }

    @Test func anUploadPastItsLimitEmptyOrOfAnotherTypeIsRefusedAndDeleted() throws {
        let registry = try fixture.open()
        #expect(throws: EvidenceFileError.tooLarge(limitBytes: 8)) { try staged(registry, Self.pdf, limit: 8) }
        #expect(throws: EvidenceFileError.empty) { try staged(registry, []) }
        #expect(throws: EvidenceFileError.unsupportedType) { try staged(registry, Array("<html><script>".utf8)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: registry.evidence.folder.appendingPathComponent("staging").path).isEmpty)
        #expect(registry.evidence.contents(sha256: "../registry.sqlite") == nil)
    }
}
