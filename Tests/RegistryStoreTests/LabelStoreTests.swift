import Foundation
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

@Suite struct LabelStoreTests {
    static let day = "2026-09-01"

    /// A fixture with an active licence and a registry opened after its grant.
    private func licensed() throws -> (StoreFixture, Registry, String) {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        return (fixture, try fixture.open(on: Self.day), licence)
    }

    private func codes(_ registry: Registry, batch: String) throws -> [LabelCode] {
        try registry.read { tx in
            let (id, _) = try tx.storedBatch(batch)
            return try Data.fetchAll(try tx.db.cachedStatement(sql: "SELECT code FROM labels WHERE batch_id = ? ORDER BY code"), arguments: [id])
                .map { try tx.storedCode($0) }
        }
    }

    @Test func issuingAllocatesUniqueCodesInOneBatchAndIsAudited() throws {
        let (_, registry, licence) = try licensed()
        let batch = try registry.write { try $0.issueBatch(licence: licence, count: 500, by: StoreFixture.printer) }
        #expect(batch.number == "\(licence)-B001")
        let issued = try codes(registry, batch: batch.number)
        #expect(issued.count == 500 && Set(issued).count == 500)
        #expect(batch.codes == LabelCodeRange(issued.first!, issued.last!))
        let second = try registry.write { try $0.issueBatch(licence: licence, count: 10, by: StoreFixture.printer) }
        #expect(second.number == "\(licence)-B002")
        try registry.read { tx throws in
            #expect(try tx.label(code: issued[7])?.state == .allocated)
            #expect(try tx.issuedLabelCount(licence: licence) == 510)
            #expect(try tx.auditEvents(entity: .labelBatch).map(\.action.rawValue) == ["issueLabels", "issueLabels"])
            #expect(try tx.verifyAudit().isIntact)
        }
    }

    @Test func issuingPastTheQuotaIsRefusedWithTheRemainderAndChangesNothing() throws {
        let (fixture, registry, licence) = try licensed()
        try registry.write { try $0.issueBatch(licence: licence, count: 31_000, by: StoreFixture.printer) }
        let before = try fixture.dump()
        #expect(throws: LabelError.quotaExceeded(licence: licence, requested: 501, remaining: 500, quota: 31_500)) {
            try registry.write { try $0.issueBatch(licence: licence, count: 501, by: StoreFixture.printer) }
        }
        #expect(try fixture.dump() == before)
        try registry.write { try $0.issueBatch(licence: licence, count: 500, by: StoreFixture.printer) }
    }

    @Test func aFailureWhileIssuingLeavesNoPartialBatch() throws {
        struct PowerCut: Error {}
        let (fixture, registry, licence) = try licensed()
        let before = try fixture.dump()
        #expect(throws: PowerCut.self) {
            try registry.write { tx in
                try tx.issueBatch(licence: licence, count: 30_000, by: StoreFixture.printer) { done in
                    if done > 20_000 { throw PowerCut() }
                }
            }
        }
        #expect(try fixture.dump() == before)
    }

    @Test func twoConcurrentIssuesOverTheQuotaGiveOneBatch() async throws {
        let (fixture, _, licence) = try licensed()
        let first = try fixture.open(on: Self.day), second = try fixture.open(on: Self.day)
        async let a: Bool = Task.detached { (try? first.write { try $0.issueBatch(licence: licence, count: 20_000, by: StoreFixture.printer) }) != nil }.value
        async let b: Bool = Task.detached { (try? second.write { try $0.issueBatch(licence: licence, count: 20_000, by: StoreFixture.printer) }) != nil }.value
        #expect(await [a, b].filter { $0 }.count == 1)
        #expect(try first.read { try $0.issuedLabelCount(licence: licence) } == 20_000)
    }

    @Test func issuingIsRefusedForTheWrongRoleAndForALicenceNotValid() throws {
        let (fixture, registry, licence) = try licensed()
        #expect(throws: RegistryError.roleNotAllowed(role: .clerk, action: .issueLabels)) {
            try registry.write { try $0.issueBatch(licence: licence, count: 1, by: StoreFixture.clerk) }
        }
        #expect(throws: LabelError.countOutOfRange(count: 0, maximum: LabelBatch.maximumCount)) {
            try registry.write { try $0.issueBatch(licence: licence, count: 0, by: StoreFixture.printer) }
        }
        try registry.write { try $0.suspend(licence, by: StoreFixture.approver, reason: "抽检超标", correctionDeadline: Day("2026-10-01")!) }
        let before = try fixture.dump()
        #expect(throws: RegistryError.transitionNotAllowed(entity: .licence, id: licence, state: "已暂停", action: .issueLabels)) {
            try registry.write { try $0.issueBatch(licence: licence, count: 1, by: StoreFixture.printer) }
        }
        #expect(try fixture.dump() == before)
    }

    @Test func printingMarksPrintedAndAReprintNeedsAReason() throws {
        let (fixture, registry, licence) = try licensed()
        let batch = try registry.write { try $0.issueBatch(licence: licence, count: 42, by: StoreFixture.printer) }
        let issued = try codes(registry, batch: batch.number)
        try registry.write { try $0.voidLabels(in: batch.number, .codes([issued[0]]), by: StoreFixture.printer, reason: "取消") }
        let printed = try registry.write { try $0.recordPrintJob(batch: batch.number, format: "a4-3x7", by: StoreFixture.printer) }
        #expect(printed.codes == Array(issued.dropFirst()))
        #expect(try registry.read { try $0.label(code: issued[1])?.state } == .printed)
        #expect(try registry.read { try $0.label(code: issued[0])?.state } == .voided)
        let before = try fixture.dump()
        #expect(throws: LabelError.reprintWithoutReason(batch: batch.number, printedOn: Day(Self.day)!)) {
            try registry.write { try $0.recordPrintJob(batch: batch.number, format: "a4-3x7", by: StoreFixture.printer) }
        }
        #expect(try fixture.dump() == before)
        let reprint = try registry.write { try $0.recordPrintJob(batch: batch.number, format: "thermal-40x30", by: StoreFixture.printer, reason: "卡纸") }
        #expect(reprint.batch.printJobs.map(\.format) == ["a4-3x7", "thermal-40x30"])
        #expect(try registry.read { try $0.label(code: issued[1])?.reason } == "卡纸")
    }

    @Test func voidingAndDestroyingTouchOnlyTheirTargets() throws {
        let (fixture, registry, licence) = try licensed()
        let batch = try registry.write { try $0.issueBatch(licence: licence, count: 30, by: StoreFixture.printer) }
        let issued = try codes(registry, batch: batch.number)
        try registry.write { _ = try $0.recordPrintJob(batch: batch.number, format: "a4-3x7", by: StoreFixture.printer) }
        let voided = try registry.write { try $0.voidLabels(in: batch.number, .run(LabelCodeRange(issued[12], issued[10])), by: StoreFixture.printer, reason: "卡纸损毁") }
        #expect(voided == 3)
        try registry.write { try $0.destroyLabels(in: batch.number, .codes([issued[20], issued[21]]), by: StoreFixture.printer, reason: "回收销毁") }
        let states = try registry.read { tx in try issued.map { try tx.label(code: $0)!.state } }
        #expect(states.indices.filter { states[$0] == .voided } == [10, 11, 12])
        #expect(states.indices.filter { states[$0] == .destroyed } == [20, 21])
        #expect(states.filter { $0 == .printed }.count == 25)
        try registry.write { try $0.destroyLabels(in: batch.number, .codes([issued[11]]), by: StoreFixture.printer, reason: "作废标签销毁") }
        #expect(try registry.read { try $0.label(code: issued[11])?.state } == .destroyed, "a spoiled, voided label is destroyed in the end")
        let before = try fixture.dump()
        #expect(throws: RegistryError.transitionNotAllowed(entity: .label, id: issued[20].grouped(), state: "已销毁", action: .destroyLabels)) {
            try registry.write { try $0.destroyLabels(in: batch.number, .codes([issued[5], issued[20]]), by: StoreFixture.printer, reason: "x") }
        }
        let stranger = LabelCode.random()
        #expect(throws: LabelError.codeNotInBatch(code: stranger, batch: batch.number)) {
            try registry.write { try $0.voidLabels(in: batch.number, .codes([stranger]), by: StoreFixture.printer, reason: "x") }
        }
        #expect(throws: RegistryError.notFound(entity: .labelBatch, id: "NO-SUCH-B001")) {
            try registry.write { try $0.voidLabels(in: "NO-SUCH-B001", .codes([issued[1]]), by: StoreFixture.printer, reason: "x") }
        }
        #expect(throws: FieldError.self) {
            try registry.write { try $0.voidLabels(in: batch.number, .codes([issued[1]]), by: StoreFixture.printer, reason: " ") }
        }
        #expect(try fixture.dump() == before)
    }

    @Test func aCodeWithAWrongCheckCharacterIsATypoNamingTheCode() throws {
        let code = LabelCode.random().text
        let last = CrockfordBase32.alphabet.first { $0 != code.last! }!
        let typo = String(code.dropLast()) + String(last)
        #expect(throws: FieldError.invalid(field: FieldName("标签码", "label code"), chinese: "「\(typo)」\(CodeError.labelCodeTypo.chinese)",
                                           english: "'\(typo)': \(CodeError.labelCodeTypo.english)")) {
            try LabelCodeRange(parsing: "\(code)..\(typo)")
        }
    }

    @Test func withdrawalsReachABatchARunOrEverythingIssuedBeforeADay() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let early = try fixture.open(on: "2026-08-20").write { try $0.issueBatch(licence: licence, count: 20, by: StoreFixture.printer) }
        let registry = try fixture.open(on: Self.day)
        let late = try registry.write { try $0.issueBatch(licence: licence, count: 20, by: StoreFixture.printer) }
        let other = try registry.write { try $0.issueBatch(licence: licence, count: 20, by: StoreFixture.printer) }
        let (earlyCodes, lateCodes, otherCodes) = (try codes(registry, batch: early.number), try codes(registry, batch: late.number), try codes(registry, batch: other.number))
        func shown(_ code: LabelCode) throws -> DisplayStatus.State { try registry.read { try $0.displayStatus(ofLabel: code).status.state } }

        try registry.write { try $0.withdrawLabels(.codes(batch: late.number, LabelCodeRange(lateCodes[5], lateCodes[9])), .suspension, by: StoreFixture.approver, reason: "串货") }
        #expect(try lateCodes.map(shown) == Array(repeating: .valid, count: 5) + Array(repeating: .suspended, count: 5) + Array(repeating: .valid, count: 10))
        #expect(try shown(earlyCodes[0]) == .valid && shown(otherCodes[0]) == .valid)
        try registry.write { try $0.withdrawLabels(.codes(batch: late.number, LabelCodeRange(lateCodes[8], lateCodes[11])), .revocation, by: StoreFixture.approver, reason: "被盗") }
        let partly = try registry.read { try $0.labelsInWithdrawnRuns(ofBatch: late.number) }
        #expect(partly == WithdrawnRuns(revoked: 4, suspended: 3), "a label both suspended and revoked counts once, as revoked")
        #expect(partly.chinese == "部分撤销 4 枚；部分暂停 3 枚")
        #expect(try registry.read { try $0.labelsInWithdrawnRuns(ofBatch: other.number) }.chinese == nil)

        try registry.write { try $0.withdrawLabels(.issuedBefore(licence: licence, Day(Self.day)!), .revocation, by: StoreFixture.approver, reason: "早期批次外流") }
        #expect(try earlyCodes.map(shown) == Array(repeating: .revoked, count: 20))
        #expect(try shown(lateCodes[0]) == .valid && shown(otherCodes[19]) == .valid)

        try registry.write { try $0.withdrawLabels(.batch(other.number), .suspension, by: StoreFixture.approver, reason: "待核查") }
        try registry.write { try $0.reinstateLabels(.batch(other.number), by: StoreFixture.approver, reason: "核查无误") }
        #expect(try shown(otherCodes[3]) == .valid)
        #expect(throws: RegistryError.transitionNotAllowed(entity: .labelBatch, id: early.number, state: "已撤销", action: .reinstateLabels)) {
            try registry.write { try $0.reinstateLabels(.batch(early.number), by: StoreFixture.approver, reason: "x") }
        }
        #expect(throws: RegistryError.roleNotAllowed(role: .printer, action: .revokeLabels)) {
            try registry.write { try $0.withdrawLabels(.batch(late.number), .revocation, by: StoreFixture.printer, reason: "x") }
        }
        #expect(throws: LabelError.noBatchIssuedBefore(licence: licence, day: Day("2026-08-01")!)) {
            try registry.write { try $0.withdrawLabels(.issuedBefore(licence: licence, Day("2026-08-01")!), .suspension, by: StoreFixture.approver, reason: "x") }
        }
        #expect(try registry.read { try $0.verifyAudit().isIntact })
    }

    @Test func aLabelShowsTheWorstOfTitleLicenceBatchAndItsOwnState() throws {
        let (_, registry, licence) = try licensed()
        let batch = try registry.write { try $0.issueBatch(licence: licence, count: 5, by: StoreFixture.printer) }
        let issued = try codes(registry, batch: batch.number)
        try registry.write { try $0.voidLabels(in: batch.number, .codes([issued[0]]), by: StoreFixture.printer, reason: "印刷模糊") }
        try registry.read { tx throws in
            let voided = try tx.displayStatus(ofLabel: issued[0]).status
            #expect(voided.state == .voided && voided.source == .label && voided.reason == "标签已作废：印刷模糊")
            #expect(try tx.displayStatus(ofLabel: issued[1]).status.state == .valid)
            #expect(throws: LabelError.unknownCode(LabelCode(randomBits: 1, 2))) { try tx.displayStatus(ofLabel: LabelCode(randomBits: 1, 2)) }
        }
        try registry.write { try $0.withdrawLabels(.batch(batch.number), .suspension, by: StoreFixture.approver, reason: "待核查") }
        #expect(try registry.read { try $0.displayStatus(ofLabel: issued[1]).status.source } == .batch)
        try registry.write { try $0.revoke(licence, by: StoreFixture.approver, category: .labelMisuse, reason: "转借") }
        let status = try registry.read { try $0.displayStatus(ofLabel: issued[1]).status }
        #expect(status.state == .revoked && status.source == .licence)
        var title = try registry.read { try $0.regionTitle() }
        title.standing = .revoked
        try registry.write { try $0.setRegionTitle(title, by: try Actor(name: "孙磊", role: .admin), reason: "称号撤销") }
        #expect(try registry.read { try $0.displayStatus(ofLabel: issued[1]).status.source } == .regionTitle)
    }

    @Test func reconciliationCountsEveryLabelAndFlagsPrintedLabelsUnderRevocation() throws {
        let (_, registry, licence) = try licensed()
        let batch = try registry.write { try $0.issueBatch(licence: licence, count: 100, by: StoreFixture.printer) }
        let issued = try codes(registry, batch: batch.number)
        try registry.write { tx in
            try tx.voidLabels(in: batch.number, .codes([issued[0], issued[1]]), by: StoreFixture.printer, reason: "取消")
            _ = try tx.recordPrintJob(batch: batch.number, format: "a4-5x13", by: StoreFixture.printer)
            try tx.voidLabels(in: batch.number, .run(LabelCodeRange(issued[10], issued[19])), by: StoreFixture.printer, reason: "卡纸")
            try tx.destroyLabels(in: batch.number, .codes([issued[50]]), by: StoreFixture.printer, reason: "样张")
        }
        var accounts = try registry.read { try $0.reconcile(batch: batch.number) }
        let counts: [Int] = [accounts.allocated, accounts.printed, accounts.voided, accounts.destroyed, accounts.scanned,
                             accounts.awaitingPrint, accounts.inCirculation]
        #expect(counts == [100, 98, 12, 1, 0, 0, 87])
        #expect(accounts.flags.isEmpty)
        try registry.write { try $0.withdrawLabels(.codes(batch: batch.number, LabelCodeRange(issued[60], issued[69])), .revocation, by: StoreFixture.approver, reason: "外流") }
        accounts = try registry.read { try $0.reconcile(batch: batch.number) }
        #expect(accounts.flags == [.printedNotAccountedFor(count: 10)])
        try registry.write { try $0.destroyLabels(in: batch.number, .run(LabelCodeRange(issued[60], issued[69])), by: StoreFixture.printer, reason: "回收销毁") }
        #expect(try registry.read { try $0.reconcile(batch: batch.number) }.flags.isEmpty)
        try registry.write { try $0.withdrawLabels(.batch(batch.number), .revocation, by: StoreFixture.approver, reason: "整批撤销") }
        #expect(try registry.read { try $0.reconcile(batch: batch.number) }.flags == [.printedNotAccountedFor(count: 77)])
    }
}
