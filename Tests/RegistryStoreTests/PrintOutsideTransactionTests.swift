import Foundation
import RegistryCore
import RegistryFixtures
@testable import RegistryStore
import Testing

/// `Registry.printBatch` draws the file outside any transaction and records the run in a short one
/// afterwards: another writer gets the registry while the file is drawn, and a batch that changed in
/// between is refused with nothing recorded.
@Suite struct PrintOutsideTransactionTests {
    private func issuedBatch() throws -> (StoreFixture, Registry, LabelBatch) {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let registry = try fixture.open(on: "2026-09-01")
        let batch = try registry.write { try $0.issueBatch(licence: licence, count: 30, by: StoreFixture.printer) }
        return (fixture, registry, batch)
    }

    @Test func anotherWriterGetsTheRegistryWhileTheFileIsDrawn() throws {
        let (fixture, registry, batch) = try issuedBatch()
        // The render seam writes through another connection that gives up at once if the write lock is
        // held (no waiting): it succeeds only if nothing holds the lock while drawing.
        let (drawn, printed) = try registry.printBatch(batch.number, format: "a4-3x7", by: StoreFixture.printer) { plan, codes, particulars in
            try fixture.tamper("INSERT INTO counters(name, value) VALUES ('written-while-drawing', 1)")
            return (plan.number, codes.count, particulars.licenceNumber)
        }
        #expect(drawn == (batch.number, 30, batch.licenceNumber))
        #expect(printed.printJobs.count == 1)
        try registry.read { tx throws in
            #expect(try tx.labelBatch(batch.number).printJobs.count == 1)
            #expect(try tx.auditEvents(entity: .labelBatch).map(\.action.rawValue) == ["printLabels", "issueLabels"])
            #expect(try tx.verifyAudit().isIntact)
        }
    }

    @Test func aLabelVoidedWhileTheFileIsDrawnRefusesTheRunAndRecordsNothing() throws {
        let (fixture, registry, batch) = try issuedBatch()
        var drawnCodes: [LabelCode] = []
        let other = try fixture.open(on: "2026-09-01")
        #expect(throws: RegistryError.changedMeanwhile(entity: .labelBatch, id: batch.number)) {
            _ = try registry.printBatch(batch.number, format: "a4-3x7", by: StoreFixture.printer) { _, codes, _ in
                drawnCodes = codes
                try other.write { _ = try $0.voidLabels(in: batch.number, .codes([codes[3]]), by: StoreFixture.printer, reason: "卡纸") }
            }
        }
        #expect(drawnCodes.count == 30)
        try registry.read { tx throws in
            #expect(try tx.labelBatch(batch.number).printJobs.isEmpty)
            #expect(try tx.label(code: drawnCodes[0])?.state == .allocated)
            #expect(try tx.label(code: drawnCodes[3])?.state == .voided)
            #expect(try tx.auditEvents(entity: .labelBatch).map(\.action.rawValue) == ["voidLabels", "issueLabels"])
        }
    }

    @Test func aPrintRunRecordedWhileTheFileIsDrawnRefusesTheSecond() throws {
        let (fixture, registry, batch) = try issuedBatch()
        let other = try fixture.open(on: "2026-09-01")
        #expect(throws: RegistryError.changedMeanwhile(entity: .labelBatch, id: batch.number)) {
            _ = try registry.printBatch(batch.number, format: "a4-3x7", by: StoreFixture.printer, reason: "重印") { _, _, _ in
                try other.write { _ = try $0.recordPrintJob(batch: batch.number, format: "tspl", by: StoreFixture.printer) }
            }
        }
        #expect(try registry.read { try $0.labelBatch(batch.number).printJobs.map(\.format) } == ["tspl"])
    }

    @Test func aFailedRenderingRecordsNothing() throws {
        let (fixture, registry, batch) = try issuedBatch()
        let before = try fixture.dump()
        struct DrawingFailed: Error {}
        #expect(throws: DrawingFailed.self) {
            _ = try registry.printBatch(batch.number, format: "a4-3x7", by: StoreFixture.printer) { _, _, _ in throw DrawingFailed() }
        }
        #expect(try fixture.dump() == before)
    }
}
