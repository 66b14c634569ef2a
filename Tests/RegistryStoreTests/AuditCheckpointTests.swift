import Testing
import RegistryCore
@testable import RegistryStore
import RegistryFixtures

/// Checking the audit chain from the checkpoint of an earlier intact check: later events are
/// recomputed, a changed checkpoint or a deleted older event sends the check back to the first event,
/// and only a full check finds an older event rewritten in place.
@Suite struct AuditCheckpointTests {
    /// A registry with a reviewed application (six events) and its first full check.
    func checked() throws -> (StoreFixture, AuditCheckpoint) {
        let fixture = StoreFixture()
        _ = try fixture.reviewedApplication(try fixture.open())
        let full = try fixture.open().read { try $0.verifyAudit() }
        #expect(full.isFull && full.isIntact && full.eventsRecomputed == 6)
        return (fixture, try #require(full.checkpoint))
    }

    /// Registers `count` operators, one audit event each.
    func addEvents(_ fixture: StoreFixture, count: Int) throws {
        for index in 0..<count {
            try fixture.open().write { tx in
                try tx.addOperator(try Operator(uscc: USCC.completing("93110119MA0\(String(format: "%06d", index))")!.value,
                                                name: "合作社\(index)", kind: .cooperative, town: "延庆镇", address: "一号"),
                                   by: StoreFixture.clerk)
            }
        }
    }

    @Test func onlyEventsAfterTheCheckpointAreRecomputed() throws {
        let (fixture, checkpoint) = try checked()
        #expect(checkpoint == AuditCheckpoint(sequence: 6, hash: checkpoint.hash, eventsChecked: 6))
        let unchanged = try fixture.open().read { try $0.verifyAudit(after: checkpoint) }
        #expect(unchanged.isIntact && !unchanged.isFull && unchanged.eventsRecomputed == 0 && unchanged.checkpoint == checkpoint)
        try addEvents(fixture, count: 3)
        let grown = try fixture.open().read { try $0.verifyAudit(after: checkpoint) }
        #expect(grown.isIntact && !grown.isFull && grown.eventsChecked == 9 && grown.eventsRecomputed == 3)
        #expect(grown.checkpoint?.sequence == 9)
    }

    @Test func anEditAfterTheCheckpointIsFoundIncrementally() throws {
        let (fixture, checkpoint) = try checked()
        try addEvents(fixture, count: 3)
        try fixture.tamper("UPDATE audit_events SET reason = '改过' WHERE sequence = 8")
        let found = try fixture.open().read { try $0.verifyAudit(after: checkpoint) }
        #expect(!found.isFull && found.problems == [.edited(sequence: 8)] && found.checkpoint == nil)
    }

    @Test func anOldEventRewrittenInPlaceIsFoundOnlyByTheFullCheck() throws {
        let (fixture, checkpoint) = try checked()
        try fixture.tamper("UPDATE audit_events SET actor = '张三' WHERE sequence = 3")
        #expect(try fixture.open().read { try $0.verifyAudit(after: checkpoint) }.isIntact)
        #expect(try fixture.open().read { try $0.verifyAudit() }.problems == [.edited(sequence: 3)])
    }

    @Test func aChangedCheckpointOrADeletedOlderEventSendsTheCheckBackToTheStart() throws {
        let (edited, editedCheckpoint) = try checked()
        try edited.tamper("UPDATE audit_events SET reason = '改过' WHERE sequence = 6")
        let atCheckpoint = try edited.open().read { try $0.verifyAudit(after: editedCheckpoint) }
        #expect(atCheckpoint.isFull && atCheckpoint.problems.contains(.edited(sequence: 6)))

        let (deleted, deletedCheckpoint) = try checked()
        try deleted.tamper("DELETE FROM audit_events WHERE sequence = 2")
        let missing = try deleted.open().read { try $0.verifyAudit(after: deletedCheckpoint) }
        #expect(missing.isFull && missing.problems.contains(.missing(before: 3, expected: 2)))
    }
}
