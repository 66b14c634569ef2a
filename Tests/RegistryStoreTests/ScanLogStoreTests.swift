import Foundation
import GRDB
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

@Suite struct ScanLogStoreTests {
    static let heuristics = CopyHeuristics(clients: .init(windowMinutes: 60, minimumClients: 3),
                                           batch: .init(windowMinutes: 1440, clientsPerLabel: 2, minimumClients: 50),
                                           afterVoid: .init(minimumScans: 1))

    /// The scans of one label across two windows, one while voided, and of a second label, with a typo
    /// and an unknown code between them.
    private func pattern(_ first: LabelCode, _ second: LabelCode, from start: Date) -> [LabelScan] {
        let at = { (minutes: Double) in start.addingTimeInterval(minutes * 60) }
        return [LabelScan(code: first, at: at(0), client: "a", outcome: .valid), LabelScan(code: first, at: at(1), client: "b", outcome: .valid),
                LabelScan(code: nil, at: at(2), client: "a", outcome: .typo), LabelScan(code: second, at: at(3), client: "b", outcome: .valid),
                LabelScan(code: first, at: at(70), client: "a", outcome: .valid), LabelScan(code: LabelCode.random(), at: at(71), client: "c", outcome: .notFound),
                LabelScan(code: first, at: at(71), client: "b", outcome: .voided), LabelScan(code: first, at: at(72), client: "c", outcome: .valid),
                LabelScan(code: second, at: at(200), client: "b", outcome: .valid)]
    }

    /// A label's row of totals in the scan log: first, scans, while voided, signal since, until, clients.
    static func totals(_ code: LabelCode, _ registry: Registry) throws -> [Int64?] {
        try DatabaseQueue(path: registry.scanLog.path).read { db in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT first_ms, scans, scans_while_voided, signal_since_ms, signal_until_ms, signal_clients FROM scanned_labels WHERE code = ?
                """, arguments: [code.storageBytes]))
            return (0..<6).map { row[$0] }
        }
    }

    static func count(_ sql: String, _ registry: Registry) throws -> Int {
        try DatabaseQueue(path: registry.scanLog.path).read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    static func ms(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// The writer counts each label's scans in memory and writes its totals once per batch of scans:
    /// the same scans written together or one by one give the same log and the same totals.
    @Test func scansWrittenTogetherOrOneByOneGiveTheSameTotals() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let registry = try fixture.open(on: "2026-09-01")
        let together = try registry.write { try $0.issueBatch(licence: licence, count: 2, by: StoreFixture.printer) }
        let apart = try registry.write { try $0.issueBatch(licence: licence, count: 2, by: StoreFixture.printer) }
        let start = Day("2026-09-01")!.start.addingTimeInterval(8 * 3600)
        try registry.recordScans(pattern(together.codes.first, together.codes.last, from: start), heuristics: Self.heuristics)
        for scan in pattern(apart.codes.first, apart.codes.last, from: start) {
            try registry.recordScans([scan], heuristics: Self.heuristics)
        }
        #expect(try Self.totals(together.codes.first, registry) == Self.totals(apart.codes.first, registry))
        #expect(try Self.totals(together.codes.last, registry) == Self.totals(apart.codes.last, registry))
        // Clients a, b, then a, b, c within an hour after 70 minutes: the third distinct client raises the signal.
        let raised = Self.ms(start.addingTimeInterval(72 * 60))
        #expect(try Self.totals(together.codes.first, registry) == [Self.ms(start), 5, 1, raised, raised + 3_600_000, 3])
        #expect(try Self.count("SELECT COUNT(*) FROM scans", registry) == 14)
        #expect(try Self.count("SELECT SUM(scans) FROM scanned_batches", registry) == 14)
        #expect(try Self.count("SELECT SUM(lookups) FROM missed_lookups", registry) == 4)
        let verification = try #require(try registry.verification(of: together.codes.first))
        #expect(verification.scans.scans == 5 && verification.scans.scansWhileVoided == 1)
        #expect(verification.scans.labelSignal?.clients == 3)
        #expect(verification.scans.batchScans == 7)
        #expect(try registry.read { try $0.verification(of: together.codes.first)?.scans } == verification.scans)
    }

    /// The scan log is its own file, 0600, and no registry write blocks it: with the registry's write
    /// lock held by another connection, scans are written and read back on the page.
    @Test func aHeldRegistryWriteLockDoesNotBlockTheScanLog() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let registry = try fixture.open(on: "2026-09-01")
        let code = try registry.write { try $0.issueBatch(licence: licence, count: 1, by: StoreFixture.printer) }.codes.first
        #expect(registry.scanLog.path == fixture.path + ".scans.sqlite")
        let permissions = try FileManager.default.attributesOfItem(atPath: registry.scanLog.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try registry.read { try $0.db.tableExists("scans", in: "main") } == false)

        var configuration = Configuration()
        configuration.busyMode = .immediateError
        let holder = try DatabaseQueue(path: fixture.path, configuration: configuration)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let at = Day("2026-09-01")!.start.addingTimeInterval(8 * 3600)
            try registry.recordScans([LabelScan(code: code, at: at, client: "a", outcome: .valid)], heuristics: Self.heuristics)
            #expect(try registry.verification(of: code)?.scans.scans == 1)
        }
    }

    /// Look-ups that find no label are counted per Beijing day, client hint and outcome, one row each.
    @Test func missesAreCountedPerDayClientAndOutcome() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open(on: "2026-09-01")
        let evening = Day("2026-09-01")!.start.addingTimeInterval(23 * 3600)
        var scans: [LabelScan] = []
        for index in 0..<300 {
            let at = evening.addingTimeInterval(Double(index) * 12)
            scans.append(LabelScan(code: index % 3 == 0 ? nil : LabelCode.random(), at: at, client: index % 2 == 0 ? "10.1.0.0/16 WeChat" : "10.2.0.0/16 Safari",
                                   outcome: index % 3 == 0 ? .typo : .notFound))
        }
        try registry.recordScans(Array(scans[..<150]), heuristics: Self.heuristics)
        try registry.recordScans(Array(scans[150...]), heuristics: Self.heuristics)
        let rows = try DatabaseQueue(path: registry.scanLog.path).read { db in
            try Row.fetchAll(db, sql: "SELECT day, client, outcome, lookups FROM missed_lookups ORDER BY day, client, outcome")
                .map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as Int)" }
        }
        // 23:00 to 00:00 Beijing: 300 look-ups, 12 s apart, end on the next day.
        #expect(rows == ["2026-09-01 10.1.0.0/16 WeChat notFound 100", "2026-09-01 10.1.0.0/16 WeChat typo 50",
                         "2026-09-01 10.2.0.0/16 Safari notFound 100", "2026-09-01 10.2.0.0/16 Safari typo 50"])
        #expect(try Self.count("SELECT COUNT(*) FROM scans", registry) == 0)
        #expect(try registry.read { try $0.activity(from: Day("2026-09-01")!, through: Day("2026-09-01")!).scans } == 300)
    }

    /// Raw scans older than the retention roll up into daily totals per label; the page's counts and
    /// the period statistics stay as they were.
    @Test func compactionKeepsThePagesCountsAndTheStatistics() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let clock = TestClock(day: "2026-09-01")
        let registry = try fixture.open(clock: clock)
        let codes = try registry.write { try $0.issueBatch(licence: licence, count: 2, by: StoreFixture.printer) }.codes
        let start = Day("2026-09-01")!.start.addingTimeInterval(10 * 3600)
        let scans = (0..<600).map { (index: Int) -> LabelScan in
            let code: LabelCode = index % 2 == 0 ? codes.first : codes.last
            let outcome: LabelScan.Outcome = index % 50 == 0 ? .voided : .valid
            return LabelScan(code: code, at: start.addingTimeInterval(Double(index) * 129_600), client: "10.\(index % 7).0.0/16 WeChat", outcome: outcome)
        }
        try registry.recordScans(scans, heuristics: Self.heuristics)
        clock.set(day: "2029-01-01")
        let before = try [codes.first, codes.last].map { try #require(try registry.verification(of: $0)).scans }
        let activity = { (first: String, last: String) in try registry.read { try $0.activity(from: Day(first)!, through: Day(last)!) } }
        let periods = [("2026-09-01", "2026-12-31"), ("2027-01-01", "2027-06-30"), ("2026-01-01", "2029-12-31")]
        let statistics = try periods.map { try activity($0.0, $0.1) }
        let compaction = try registry.compactScans(ScanRetention(rawScanDays: 400))
        #expect(compaction.firstKeptDay == Day("2027-11-28"))
        #expect(compaction.rawScans > 300 && compaction.rawScans < 600)
        #expect(compaction.labelDays == compaction.rawScans)
        #expect(try Self.count("SELECT COUNT(*) FROM scans", registry) == 600 - compaction.rawScans)
        #expect(try [codes.first, codes.last].map { try #require(try registry.verification(of: $0)).scans } == before)
        #expect(try periods.map { try activity($0.0, $0.1) } == statistics)
        #expect(try registry.compactScans(ScanRetention(rawScanDays: 400)).rawScans == 0)
    }

    /// A registry from before the scan log had a file of its own keeps its scans and totals: they move
    /// into the new file, once, when it is opened.
    @Test func scansInTheRegistrysOldTablesMoveOnceIntoTheScanLog() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        // The registry as it was: its labels, and no scan log file beside it.
        let (batch, batchID) = try { () throws -> (LabelBatch, Int64?) in
            let registry = try fixture.open(on: "2026-09-01")
            let batch = try registry.write { try $0.issueBatch(licence: licence, count: 2, by: StoreFixture.printer) }
            return (batch, try registry.read { try Int64.fetchOne($0.db, sql: "SELECT id FROM label_batches WHERE number = ?", arguments: [batch.number]) })
        }()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: ScanLog.path(beside: fixture.path) + suffix) }
        let first = batch.codes.first.storageBytes.map { String(format: "%02X", $0) }.joined()
        let at = Self.ms(Day("2026-08-30")!.start.addingTimeInterval(10 * 3600))
        try fixture.tamper("""
            CREATE TABLE scans (id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, code BLOB, batch_id INTEGER, outcome TEXT NOT NULL, client TEXT NOT NULL);
            CREATE INDEX scans_time ON scans(at_ms);
            CREATE TABLE scanned_labels (code BLOB PRIMARY KEY, batch_id INTEGER NOT NULL, first_ms INTEGER NOT NULL, scans INTEGER NOT NULL,
                window_start_ms INTEGER NOT NULL, window_scans INTEGER NOT NULL, most_in_window INTEGER NOT NULL, scans_while_voided INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TABLE scanned_batches (batch_id INTEGER PRIMARY KEY, scans INTEGER NOT NULL);
            INSERT INTO scans(at_ms, code, batch_id, outcome, client) VALUES
                (\(at), X'\(first)', \(batchID ?? 0), 'valid', '10.1.0.0/16 WeChat'), (\(at + 1000), X'\(first)', \(batchID ?? 0), 'voided', '10.1.0.0/16 WeChat'),
                (\(at + 2000), NULL, NULL, 'typo', '10.2.0.0/16 Safari'), (\(at + 3000), X'00112233445566778899', NULL, 'notFound', '10.2.0.0/16 Safari'),
                (\(at + 4000), NULL, NULL, 'typo', '10.2.0.0/16 Safari');
            INSERT INTO scanned_labels VALUES (X'\(first)', \(batchID ?? 0), \(at), 2, \(at), 2, 2, 1);
            INSERT INTO scanned_batches VALUES (\(batchID ?? 0), 2);
            """)
        let reopened = try fixture.open(on: "2026-09-01")
        #expect(try reopened.read { try $0.db.tableExists("scans", in: "main") } == false)
        #expect(try Self.count("SELECT COUNT(*) FROM scans", reopened) == 2)
        #expect(try Self.count("SELECT SUM(lookups) FROM missed_lookups", reopened) == 3)
        #expect(try Self.count("SELECT lookups FROM missed_lookups WHERE day = '2026-08-30' AND outcome = 'typo'", reopened) == 2)
        let scans = try #require(try reopened.verification(of: batch.codes.first)).scans
        #expect(scans.scans == 2 && scans.scansWhileVoided == 1 && scans.batchScans == 2)
        #expect(scans.firstScan == Date(timeIntervalSince1970: Double(at) / 1000))
        #expect(try reopened.read { try $0.reconcile(batch: batch.number) }.scanned == 1)
        #expect(try reopened.read { try $0.activity(from: Day("2026-08-30")!, through: Day("2026-08-30")!).scans } == 5)
        // Opened again, nothing moves twice.
        let again = try fixture.open(on: "2026-09-01")
        #expect(try Self.count("SELECT COUNT(*) FROM scans", again) == 2)
        #expect(try again.verification(of: batch.codes.first)?.scans.scans == 2)
    }

    /// The scan log's online backup: a consistent copy, 0600, and never over an existing file.
    @Test func theScanLogBacksUpToANewFileOnly() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let registry = try fixture.open(on: "2026-09-01")
        let code = try registry.write { try $0.issueBatch(licence: licence, count: 1, by: StoreFixture.printer) }.codes.first
        try registry.recordScans([LabelScan(code: code, at: Day("2026-09-01")!.start, client: "a", outcome: .valid)], heuristics: Self.heuristics)
        let target = fixture.folder.appendingPathComponent("backup.scans.sqlite").path
        try registry.scanLog.backup(to: target)
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o600)
        #expect(try DatabaseQueue(path: target).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM scans") } == 1)
        #expect(throws: StoreError.backupTargetExists(path: target)) { try registry.scanLog.backup(to: target) }
    }

    /// Acknowledging a label's signal is audited and clears it from the page and the console's list
    /// until scans after it raise it again.
    @Test func anAcknowledgementIsAuditedAndHoldsUntilNewEvidence() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let clock = TestClock(day: "2026-09-01")
        let registry = try fixture.open(clock: clock)
        let code = try registry.write { try $0.issueBatch(licence: licence, count: 1, by: StoreFixture.printer) }.codes.first
        let now = clock.now
        let scans = { (from: Int, offset: TimeInterval) in
            (from..<from + 3).map { LabelScan(code: code, at: now.addingTimeInterval(offset), client: "10.\($0).0.0/16 WeChat", outcome: .valid) }
        }
        try registry.recordScans(scans(0, -60), heuristics: Self.heuristics)
        let signalled = { try registry.read { try $0.copySignals(at: clock.now) } }
        #expect(try signalled().map(\.code) == [code])
        #expect(try signalled().first?.signal.clients == 3)
        #expect(Self.heuristics.signals(try #require(try registry.verification(of: code)).scans, batchLabels: 1, at: clock.now).map(\.code) == ["burst"])

        #expect(throws: RegistryError.self) { try registry.write { try $0.acknowledgeCopySignal(code: code, reason: "已核实", by: StoreFixture.printer) } }
        #expect(throws: FieldError.self) { try registry.write { try $0.acknowledgeCopySignal(code: code, reason: " ", by: StoreFixture.reviewer) } }
        try registry.write { try $0.acknowledgeCopySignal(code: code, reason: "已联系合作社，确认为展会现场集中扫码", by: StoreFixture.reviewer) }
        let event = try #require(try registry.read { try $0.auditEvents(entity: .label, id: code.text) }.first)
        #expect(event.action.rawValue == RegistryAction.acknowledgeCopySignal.rawValue && event.actor == StoreFixture.reviewer.name)
        #expect(event.reason == "已联系合作社，确认为展会现场集中扫码")
        #expect(try signalled().isEmpty)
        #expect(Self.heuristics.signals(try #require(try registry.verification(of: code)).scans, batchLabels: 1, at: clock.now).isEmpty)

        clock.advance(by: 60)
        try registry.recordScans(scans(0, 60) + scans(3, 60).prefix(2), heuristics: Self.heuristics)
        #expect(try signalled().map(\.code) == [code])
        #expect(try signalled().first?.signal.since == clock.now)
    }
}
