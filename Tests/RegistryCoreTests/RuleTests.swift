import Foundation
import Testing
@testable import RegistryCore

@Suite struct RuleTests {
    static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schemas/rules")

    func rules(_ kind: SubjectKind) throws -> RuleSet {
        let file = Self.schemas.appendingPathComponent("\(kind.rawValue).json")
        return try RuleSet(json: try Data(contentsOf: file), file: file.path)
    }

    func context(_ subject: Subject, evidence: [Evidence], revoked: [Licence] = [], licensed: Set<Int64> = []) -> RuleContext {
        RuleContext(day: Fixtures.day, operatorRecord: Fixtures.grower, subject: subject, evidence: evidence, regionTitle: .yanqing,
                    revokedLicences: revoked, licensedSubjectIDs: licensed, policy: Fixtures.policy)
    }

    func outcome(_ verdicts: [RuleVerdict], _ id: String) -> RuleVerdict.Outcome? {
        verdicts.first { $0.ruleID == id }?.outcome
    }

    @Test func productPassesWithGoodGradeAndTest() throws {
        let verdicts = try rules(.product).evaluate(context(Fixtures.grape(), evidence: [
            try Evidence(kind: .climateCertificate, reference: "YQQP-2026-PT-0001", value: "良"),
            try Evidence(kind: .foodSafetyTest, reference: "JC-1", validUntil: Day("2027-06-30"), value: "合格"),
        ]))
        #expect(verdicts.allSatisfy { $0.outcome == .pass }, "\(verdicts)")
    }

    @Test func productGradeBelowGoodFailsUnlessOtherwiseCertified() throws {
        let ordinary = try Evidence(kind: .climateCertificate, reference: "YQQP-2026-PT-0002", value: "一般")
        let set = try rules(.product)
        #expect(outcome(set.evaluate(context(Fixtures.grape(), evidence: [ordinary])), "climate-quality") == .fail)
        let organic = try Evidence(kind: .organic, reference: "有机码 1234", validUntil: Day("2027-01-01"))
        #expect(outcome(set.evaluate(context(Fixtures.grape(), evidence: [ordinary, organic])), "climate-quality") == .pass)
        #expect(outcome(set.evaluate(context(Fixtures.grape(), evidence: [])), "climate-quality") == .needsEvidence)
        #expect(outcome(set.evaluate(context(Fixtures.grape(), evidence: [])), "food-safety") == .needsEvidence)
        let expired = try Evidence(kind: .foodSafetyTest, reference: "JC-0", validUntil: Day("2026-01-01"), value: "合格")
        #expect(outcome(set.evaluate(context(Fixtures.grape(), evidence: [expired])), "food-safety") == .needsEvidence)
        let failed = try Evidence(kind: .foodSafetyTest, reference: "JC-2", validUntil: Day("2027-01-01"), value: "不合格")
        #expect(outcome(set.evaluate(context(Fixtures.grape(), evidence: [failed])), "food-safety") == .fail)
    }

    @Test func aRevocationBarsTheOperator() throws {
        var licence = try Licence(number: "YQYB-P-2025-0001", application: try Fixtures.application(in: .granted), subject: Fixtures.grape(),
                                  on: Day("2025-08-01")!, policy: Fixtures.policy)
        try licence.revoke(by: Fixtures.approver, on: Day("2026-01-10")!, category: .foodSafetyIncident, reason: "超标")
        let verdict = try rules(.product).evaluate(context(Fixtures.grape(), evidence: [], revoked: [licence]))
        #expect(outcome(verdict, "no-recent-revocation") == .fail)
        #expect(verdict.first { $0.ruleID == "no-recent-revocation" }?.reason.contains("2027-01-10") == true)
    }

    @Test func homestayNeedsThousandIons() throws {
        var homestay = try Subject(operatorID: Fixtures.grower.uscc, name: "八亩地云舍", town: "珍珠泉乡", details: .homestay(HomestayDetails(
            address: "八亩地村 3 号", rooms: 8, location: GeoPoint(latitude: 40.6, longitude: 116.45))))
        homestay.id = 2
        let set = try rules(.homestay)
        let low = try set.evaluate(context(homestay, evidence: [Evidence(kind: .naiAnnualMean, reference: "站", value: "999")]))
        #expect(outcome(low, "nai-annual-mean") == .fail)
        let high = try set.evaluate(context(homestay, evidence: [Evidence(kind: .naiAnnualMean, reference: "站", value: "1000")]))
        #expect(outcome(high, "nai-annual-mean") == .pass)
        #expect(outcome(high, "permits") == .needsEvidence)
    }

    @Test func dishNeedsSixtyPercentLicensedIngredients() throws {
        func dish(_ licensedGrams: Double, _ otherGrams: Double) throws -> Subject {
            var subject = try Subject(operatorID: Fixtures.grower.uscc, name: "国光苹果炖排骨", town: "张山营镇", details: .dish(DishDetails(
                restaurant: "北纬四十度餐厅", ingredients: [Ingredient(name: "国光苹果", grams: licensedGrams, sourceSubjectID: 1),
                                                     Ingredient(name: "排骨", grams: otherGrams)])))
            subject.id = 3
            return subject
        }
        let set = try rules(.dish)
        #expect(outcome(set.evaluate(context(try dish(600, 400), evidence: [], licensed: [1])), "licensed-ingredients") == .pass)
        #expect(outcome(set.evaluate(context(try dish(590, 410), evidence: [], licensed: [1])), "licensed-ingredients") == .fail)
        #expect(outcome(set.evaluate(context(try dish(600, 400), evidence: [], licensed: [])), "licensed-ingredients") == .fail)
    }

    @Test func brokenRuleFilesAreRefused() {
        #expect(throws: ConfigurationError.self) { try RuleSet(json: Data("{".utf8), file: "x.json") }
        #expect(throws: ConfigurationError.self) {
            try RuleSet(json: Data(#"{"version":"1","subjectKind":"dish","status":"","rules":[]}"#.utf8), file: "x.json")
        }
    }
}
