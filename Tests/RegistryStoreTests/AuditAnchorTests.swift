import Foundation
import GRDB
import RegistryCore
import RegistryFixtures
@testable import RegistryStore
import Testing

/// The audit chain checked against a head saved outside the registry, as a signed snapshot carries it:
/// a chain cut or rewritten consistently after the head was saved passes the plain check, but not this one.
@Suite struct AuditAnchorTests {
    /// A registry with a reviewed application (six events) and the head saved after them, then one more event.
    private func anchored() throws -> (StoreFixture, Registry, AuditHead) {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let number = try fixture.reviewedApplication(registry)
        let head = try registry.read { try $0.auditHead() }
        #expect(head.sequence == 6)
        try registry.write { _ = try $0.approve(number, by: StoreFixture.approver) }
        return (fixture, registry, head)
    }

    @Test func theHeadIsTheNewestEventAndAnEmptyChainHasTheGenesisHead() throws {
        let (_, registry, head) = try anchored()
        let events = try registry.read { try $0.auditEvents(limit: 10) }
        #expect(events.first(where: { $0.sequence == 6 })?.hash == head.hash)
        #expect(try StoreFixture().open().read { try $0.auditHead() } == AuditHead(sequence: 0, hash: AuditEvent.genesisHash))
    }

    @Test func anIntactChainHoldsTheSavedHead() throws {
        let (_, registry, head) = try anchored()
        let result = try registry.read { try $0.verifyAudit(against: head) }
        #expect(result.isIntact && result.eventsChecked == 7)
        #expect(try registry.read { try $0.verifyAudit(against: AuditHead(sequence: 0, hash: AuditEvent.genesisHash)) }.isIntact)
    }

    @Test func aChainCutBehindTheSavedHeadIsNamed() throws {
        let (fixture, registry, head) = try anchored()
        let fourth = try #require(try registry.read { try $0.auditEvents(limit: 10) }.first { $0.sequence == 4 })
        try fixture.tamper("DELETE FROM audit_events WHERE sequence > 4; UPDATE audit_head SET sequence = 4, hash = '\(fourth.hash)'")
        #expect(try registry.read { try $0.verifyAudit() }.isIntact, "a clean cut passes the check inside the file")
        #expect(try registry.read { try $0.verifyAudit(against: head) }.problems == [.anchorMissing(sequence: 6)])
    }

    @Test func aChainRewrittenConsistentlyAfterTheSavedHeadIsNamed() throws {
        let (fixture, registry, head) = try anchored()
        // Whoever holds the file edits event 3 and recomputes every hash after it, and the head.
        var events = try registry.read { try $0.auditEvents(limit: 10) }.sorted { $0.sequence < $1.sequence }
        events[2].reason = "改写"
        for index in 2..<events.count {
            events[index].previousHash = events[index - 1].hash
            events[index].hash = RegistryTransaction.hash(of: events[index])
        }
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            for event in events.dropFirst(2) {
                try db.execute(sql: "UPDATE audit_events SET reason = ?, previous_hash = ?, hash = ? WHERE sequence = ?",
                               arguments: [event.reason, event.previousHash, event.hash, event.sequence])
            }
            try db.execute(sql: "UPDATE audit_head SET hash = ?", arguments: [events[events.count - 1].hash])
        }
        try queue.close()
        #expect(try registry.read { try $0.verifyAudit() }.isIntact, "a consistent rewrite passes the check inside the file")
        #expect(try registry.read { try $0.verifyAudit(against: head) }.problems == [.anchorMismatch(sequence: 6)])
    }
}
