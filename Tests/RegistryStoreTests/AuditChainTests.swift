import Testing
import RegistryCore
@testable import RegistryStore
import RegistryFixtures

@Suite struct AuditChainTests {
    func registryWithHistory() throws -> StoreFixture {
        let fixture = StoreFixture()
        _ = try fixture.reviewedApplication(try fixture.open())
        let verification = try fixture.open().read { try $0.verifyAudit() }
        #expect(verification.eventsChecked == 6 && verification.problems.isEmpty)
        return fixture
    }

    func problems(_ fixture: StoreFixture) throws -> [AuditVerification.Problem] {
        try fixture.open().read { try $0.verifyAudit().problems }
    }

    @Test func anEditedEventIsNamed() throws {
        let fixture = try registryWithHistory()
        try fixture.tamper("UPDATE audit_events SET actor = '张三' WHERE sequence = 4")
        #expect(try problems(fixture) == [.edited(sequence: 4)])
    }

    @Test func aDeletedEventIsNamed() throws {
        let fixture = try registryWithHistory()
        try fixture.tamper("DELETE FROM audit_events WHERE sequence = 3")
        #expect(try problems(fixture) == [.missing(before: 4, expected: 3)])
    }

    @Test func reorderedEventsAreFound() throws {
        let fixture = try registryWithHistory()
        try fixture.tamper("""
            UPDATE audit_events SET sequence = -1 WHERE sequence = 2;
            UPDATE audit_events SET sequence = 2 WHERE sequence = 3;
            UPDATE audit_events SET sequence = 3 WHERE sequence = -1;
            """)
        let found = try problems(fixture)
        #expect(found.contains(.brokenLink(sequence: 2)) && found.contains(.edited(sequence: 2)))
    }

    @Test func deletedTrailingEventsAreFound() throws {
        let fixture = try registryWithHistory()
        try fixture.tamper("DELETE FROM audit_events WHERE sequence = 6")
        #expect(try problems(fixture) == [.truncated(lastSequence: 5, headSequence: 6)])
    }

    @Test func deletingTheLastEventsWithTheHeadIsNamed() throws {
        let fixture = try registryWithHistory()
        try fixture.tamper("DELETE FROM audit_events WHERE sequence >= 5; DELETE FROM audit_head")
        #expect(try problems(fixture) == [.headMissing(lastSequence: 4)])
        #expect(AuditVerification.Problem.headMissing(lastSequence: 4).chinese.contains("链头记录缺失"))
    }

    @Test func anEmptyChainWithoutAHeadIsIntact() throws {
        let fixture = StoreFixture()
        #expect(try fixture.open().read { try $0.verifyAudit().isIntact })
    }
}
