import Foundation
import Testing
import RegistryCore
@testable import RegistryStore
import RegistryFixtures

@Suite struct WorkflowStoreTests {
    @Test func intakeToLicenceAndWithdrawal() throws {
        let fixture = StoreFixture()
        let number = try fixture.reviewedApplication(try fixture.open())
        try fixture.open().write { try $0.approve(number, by: StoreFixture.approver) }
        #expect(throws: RegistryError.self) { try fixture.open(on: "2026-08-10").write { try $0.closePublicity(number, by: StoreFixture.approver) } }
        let licence = try fixture.open(on: "2026-08-11").write { try $0.closePublicity(number, by: StoreFixture.approver) }
        #expect(licence.number == "YQYB-P-2026-0001")
        #expect(licence.quota == 31_500)
        let registry = try fixture.open(on: "2026-09-01")
        try registry.write { tx in
            try tx.suspend(licence.number, by: StoreFixture.approver, reason: "抽检超标", correctionDeadline: Day("2026-10-01")!)
            try tx.reinstate(licence.number, by: StoreFixture.approver, reason: "复检合格")
            try tx.revoke(licence.number, by: StoreFixture.approver, category: .foodSafetyIncident, reason: "再次超标")
        }
        #expect(throws: RegistryError.self) { try registry.write { try $0.reinstate(licence.number, by: StoreFixture.approver, reason: "x") } }
        try registry.read { tx throws in
            #expect(try tx.displayStatus(of: tx.licence(licence.number)).state == .revoked)
            let history = try tx.auditEvents(entity: .licence, id: licence.number).map(\.action.rawValue)
            #expect(history == ["revokeLicence", "reinstateLicence", "suspendLicence", "grantLicence"])
            #expect(try tx.verifyAudit().isIntact)
        }
    }

    @Test func aFailureInsideAChangeLeavesNothingHalfDone() throws {
        struct PowerCut: Error {}
        let fixture = StoreFixture()
        let number = try fixture.reviewedApplication(try fixture.open())
        let before = try fixture.dump()
        #expect(throws: PowerCut.self) {
            try fixture.open().write { tx in
                try tx.approve(number, by: StoreFixture.approver)
                throw PowerCut()
            }
        }
        #expect(try fixture.dump() == before)
        #expect(try fixture.open().read { try $0.application(number).state } == .reviewed)
    }

    @Test func twoConcurrentApprovalsGiveOneLicence() async throws {
        let fixture = StoreFixture()
        let number = try fixture.reviewedApplication(try fixture.open())
        // Two separate connections, as two clerks' processes would have.
        let first = try fixture.open()
        let second = try fixture.open()
        async let a: Bool = Task.detached { (try? first.write { try $0.approve(number, by: StoreFixture.approver) }) != nil }.value
        async let b: Bool = Task.detached { (try? second.write { try $0.approve(number, by: StoreFixture.secondApprover) }) != nil }.value
        let approvals = await [a, b].filter { $0 }.count
        #expect(approvals == 1)
        let later = [try fixture.open(on: "2026-09-01"), try fixture.open(on: "2026-09-01")]
        async let c: Bool = Task.detached { (try? later[0].write { try $0.closePublicity(number, by: StoreFixture.approver) }) != nil }.value
        async let d: Bool = Task.detached { (try? later[1].write { try $0.closePublicity(number, by: StoreFixture.approver) }) != nil }.value
        #expect(await [c, d].filter { $0 }.count == 1)
        #expect(try fixture.open().read { try $0.licences().count } == 1)
    }

    @Test func badInputChangesNothing() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        _ = try fixture.grapeSubject(registry)
        let before = try fixture.dump()
        let uscc = USCC.completing("93110119MA01ABCD1")!.value
        let duplicate = try Operator(uscc: uscc, name: "重复", kind: .farm, town: "延庆镇", address: "x")
        #expect(throws: RegistryError.duplicate(entity: .operator, id: uscc)) { try registry.write { try $0.addOperator(duplicate, by: StoreFixture.clerk) } }
        #expect(throws: RegistryError.unknownTown("海淀镇")) { try Operator(uscc: uscc, name: "x", kind: .farm, town: "海淀镇", address: "x") }
        #expect(throws: FieldError.self) { try Operator(uscc: uscc, name: String(repeating: "名", count: 1_000_000), kind: .farm, town: "延庆镇", address: "x") }
        #expect(throws: FieldError.self) { try Operator(uscc: uscc, name: String(decoding: [0xE5, 0xBB, 0xFF, 0xFE], as: UTF8.self), kind: .farm, town: "延庆镇", address: "x") }
        #expect(throws: USCCError.self) { try Operator(uscc: "93110119MA01ABCD10", name: "x", kind: .farm, town: "延庆镇", address: "x") }
        #expect(throws: RegistryError.self) { try registry.write { try $0.apply(subjectID: 999, evidence: [], by: StoreFixture.clerk) } }
        #expect(throws: RegistryError.self) { try registry.write { try $0.addOperator(duplicate, by: StoreFixture.approver) } }
        #expect(try fixture.dump() == before)
    }

    @Test func backupRestoresEverything() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let number = try fixture.reviewedApplication(registry)
        let copy = fixture.folder.appendingPathComponent("backup.sqlite").path
        try registry.backup(to: copy)
        #expect(throws: StoreError.backupTargetExists(path: copy)) { try registry.backup(to: copy) }
        let restored = try Registry(path: copy, configuration: registry.configuration)
        try restored.read { tx throws in
            #expect(try tx.application(number).state == .reviewed)
            #expect(try tx.verifyAudit().eventsChecked == 6)
            #expect(try tx.verifyAudit().isIntact)
        }
    }
}

@Suite struct RegistryFileTests {
    @Test func aNewRegistryIsReadableByItsOwnerOnly() throws {
        let fixture = StoreFixture()
        _ = try fixture.open()
        let permissions = try FileManager.default.attributesOfItem(atPath: fixture.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func aSecondApplicationForTheSameSubjectIsRefused() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let number = try fixture.reviewedApplication(registry)
        let subject = try registry.read { try $0.application(number).subjectID }
        #expect(throws: RegistryError.openApplicationExists(subject: subject, application: number)) {
            try registry.write { try $0.apply(subjectID: subject, evidence: [], by: StoreFixture.clerk) }
        }
    }
}
