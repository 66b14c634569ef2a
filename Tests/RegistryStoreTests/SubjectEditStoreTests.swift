import Foundation
import Testing
import RegistryCore
@testable import RegistryStore
import RegistryFixtures

@Suite struct SubjectEditStoreTests {
    @Test func aClerkCorrectsASubjectAndTheAuditTrailKeepsTheOldAndNewValues() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let id = try fixture.grapeSubject(registry)
        let (subject, changes) = try registry.write {
            try $0.editSubject(id, SubjectEdit(elevation: 528, plot: "前黑龙庙村东坡地块", gtin: "6901234567892"), by: StoreFixture.clerk)
        }
        guard case .product(let product) = subject.details else { Issue.record("not a product"); return }
        #expect(product.plot == "前黑龙庙村东坡地块" && product.location.elevation == 528 && product.gtin == "06901234567892")
        #expect(changes.map(\.field) == ["地块", "海拔", "商品条码"])
        #expect(changes.first?.from == "东坡地块" && changes.first?.to == "前黑龙庙村东坡地块")
        try registry.read { tx throws in
            #expect(try tx.subject(id) == subject)
            let event = try #require(try tx.auditEvents(entity: .subject, id: String(id)).first)
            #expect(event.action.rawValue == "editSubject" && event.actor == "王芳")
            #expect(event.details?.contains("前黑龙庙村东坡地块") == true && event.details?.contains("东坡地块") == true)
            #expect(try tx.verifyAudit().isIntact)
        }
        let before = try fixture.dump()
        let unchanged = try registry.write { try $0.editSubject(id, SubjectEdit(plot: "前黑龙庙村东坡地块"), by: StoreFixture.clerk) }
        #expect(unchanged.changes.isEmpty)
        #expect(try fixture.dump() == before)
    }

    @Test func aFieldTheLicenceWasApprovedOnIsRefusedWhileItIsInForceAndTheOthersAreNot() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let registry = try fixture.open(on: "2026-09-01")
        let before = try fixture.dump()
        let refusal = try #require(throws: FieldError.self) {
            try registry.write { try $0.editSubject(1, SubjectEdit(elevation: 530, plot: "西沟地块"), by: StoreFixture.clerk) }
        }
        #expect(refusal.chinese.contains(licence) && refusal.chinese.contains("地块、海拔"))
        #expect(refusal.english.contains("plot, elevation"))
        #expect(try fixture.dump() == before)
        let (_, changes) = try registry.write { try $0.editSubject(1, SubjectEdit(gtin: "06901234567892"), by: StoreFixture.clerk) }
        #expect(changes.map(\.field) == ["商品条码"])
        _ = try registry.write { try $0.revoke(licence, by: StoreFixture.approver, category: .labelMisuse, reason: "转借标签") }
        let afterRevocation = try registry.write { try $0.editSubject(1, SubjectEdit(plot: "西沟地块"), by: StoreFixture.clerk) }
        #expect(afterRevocation.changes.map(\.field) == ["地块"])
    }

    @Test func aFieldOfAnotherKindOrOutOfBoundsIsRefusedAndOnlyAClerkCorrects() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let id = try fixture.grapeSubject(registry)
        let before = try fixture.dump()
        #expect(throws: FieldError.invalid(field: .rooms, chinese: "农产品没有此项", english: "a product has no such field")) {
            try registry.write { try $0.editSubject(id, SubjectEdit(rooms: 12), by: StoreFixture.clerk) }
        }
        #expect(throws: FieldError.self) { try registry.write { try $0.editSubject(id, SubjectEdit(elevation: 90_000), by: StoreFixture.clerk) } }
        #expect(throws: FieldError.self) { try registry.write { try $0.editSubject(id, SubjectEdit(name: ""), by: StoreFixture.clerk) } }
        #expect(throws: RegistryError.self) { try registry.write { try $0.editSubject(id, SubjectEdit(town: "海淀区"), by: StoreFixture.clerk) } }
        #expect(throws: (any Error).self) { try registry.write { try $0.editSubject(id, SubjectEdit(plot: "西沟"), by: StoreFixture.printer) } }
        #expect(try fixture.dump() == before)
    }
}
