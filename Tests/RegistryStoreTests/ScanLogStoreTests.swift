import Foundation
import GRDB
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

@Suite struct ScanLogStoreTests {
    /// The scans of one label across two burst windows, one while voided, and of a second label,
    /// with a typo and an unknown code between them.
    private func pattern(_ first: LabelCode, _ second: LabelCode, from start: Date) -> [LabelScan] {
        let at = { (minutes: Double) in start.addingTimeInterval(minutes * 60) }
        return [LabelScan(code: first, at: at(0), client: "a", outcome: .valid), LabelScan(code: first, at: at(1), client: "a", outcome: .valid),
                LabelScan(code: nil, at: at(2), client: "a", outcome: .typo), LabelScan(code: second, at: at(3), client: "b", outcome: .valid),
                LabelScan(code: first, at: at(70), client: "a", outcome: .valid), LabelScan(code: LabelCode.random(), at: at(71), client: "c", outcome: .notFound),
                LabelScan(code: first, at: at(71), client: "a", outcome: .voided), LabelScan(code: first, at: at(72), client: "a", outcome: .valid),
                LabelScan(code: second, at: at(200), client: "b", outcome: .valid)]
    }

    private func totals(_ code: LabelCode, _ registry: Registry) throws -> [Int64] {
        try registry.read { tx in
            let row = try Row.fetchOne(tx.db, sql: """
                SELECT first_ms, scans, window_start_ms, window_scans, most_in_window, scans_while_voided FROM scanned_labels WHERE code = ?
                """, arguments: [code.storageBytes])!
            return (0..<6).map { row[$0] }
        }
    }

    /// The writer counts each label's scans in memory and writes its totals once per batch of scans:
    /// the same scans written together or one by one give the same log and the same totals.
    @Test func scansWrittenTogetherOrOneByOneGiveTheSameTotals() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let registry = try fixture.open(on: "2026-09-01")
        let together = try registry.write { try $0.issueBatch(licence: licence, count: 2, by: StoreFixture.printer) }
        let apart = try registry.write { try $0.issueBatch(licence: licence, count: 2, by: StoreFixture.printer) }
        let start = Day("2026-09-01")!.start.addingTimeInterval(8 * 3600)
        try registry.write { try $0.recordScans(pattern(together.codes.first, together.codes.last, from: start), burstWindow: 3600) }
        for scan in pattern(apart.codes.first, apart.codes.last, from: start) {
            try registry.write { try $0.recordScans([scan], burstWindow: 3600) }
        }
        #expect(try totals(together.codes.first, registry) == totals(apart.codes.first, registry))
        #expect(try totals(together.codes.last, registry) == totals(apart.codes.last, registry))
        let first = try totals(together.codes.first, registry)
        #expect(first == [Int64(start.timeIntervalSince1970 * 1000), 5, Int64(start.timeIntervalSince1970 * 1000) + 70 * 60_000, 3, 3, 1])
        let counts = try registry.read { tx in
            try Row.fetchAll(tx.db, sql: "SELECT batch_id, scans FROM scanned_batches ORDER BY batch_id").map { $0[1] as Int }
        }
        #expect(counts == [7, 7])
        #expect(try registry.read { try Int.fetchOne($0.db, sql: "SELECT COUNT(*) FROM scans") } == 18)
        let verification = try #require(try registry.verification(of: together.codes.first))
        #expect(verification.scans.scans == 5 && verification.scans.mostInOneWindow == 3 && verification.scans.scansWhileVoided == 1)
        #expect(verification.scans.batchScans == 7)
    }

    /// The batch facts a scan reuses hold for one day: when the region's title runs out at midnight
    /// (Yanqing's is valid to 2026-12-31), the first scan of the next day shows the label suspended,
    /// with no change in the registry between.
    @Test func aTitleRunningOutShowsOnTheNextDaysFirstScan() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let clock = TestClock(day: "2026-12-31")
        let registry = try fixture.open(clock: clock)
        let code = try registry.write { try $0.issueBatch(licence: licence, count: 1, by: StoreFixture.printer) }.codes.first
        #expect(try registry.verification(of: code)?.status.state == .valid)
        #expect(try registry.verification(of: code)?.status.state == .valid)
        clock.set(day: "2027-01-01")
        #expect(try registry.verification(of: code)?.status.state == .suspended)
        #expect(try registry.verification(of: LabelCode.random()) == nil)
    }
}
