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

    func context(_ subject: Subject, evidence: [Evidence], revoked: [Licence] = [], licensed: Set<Int64> = [],
                 certificates: [ClimateCertificate] = [], naiStations: [NearbyNAIStation] = []) -> RuleContext {
        RuleContext(day: Fixtures.day, operatorRecord: Fixtures.grower, subject: subject, evidence: evidence, regionTitle: Fixtures.title,
                    revokedLicences: revoked, licensedSubjectIDs: licensed, policy: Fixtures.policy,
                    climateCertificates: certificates, naiStations: naiStations)
    }

    func certificate(_ grade: ClimateGrade, season: Int = 2026, number: String = "YQQP-2026-PT-0001") throws -> ClimateCertificate {
        var subject = Fixtures.grape()
        if case .product(var product) = subject.details {
            product.season = season
            subject.details = .product(product)
        }
        return try ClimateCertificate(number: number, subject: subject, crop: "鲜食葡萄", cropModel: "grape 2025.1",
                               seasonPeriod: "2026-06-01…2026-09-20", score: 2.0, grade: grade, stationID: "YQ002",
                               station: "张山营果园站 (YQ002)，距产地 1.0 km，高差 10 m", dataCompleteness: "各指标有效资料 100%，无缺测",
                               issuedOn: Day("2026-09-25")!, validUntil: Day("2027-08-31")!, issuer: "延庆区气象局", by: Fixtures.meteorologist)
    }

    func naiStation(_ mean: Double?, distance: Double = 1200, height: Double? = 35) -> NearbyNAIStation {
        NearbyNAIStation(stationID: "YQ105", name: "珍珠泉", distance: distance, heightDifference: height, year: 2025, annualMean: mean,
                         validity: mean == nil ? "有效 300/365 天（需 324）" : "有效 365/365 天（需 324）")
    }

    func outcome(_ verdicts: [RuleVerdict], _ id: String) -> RuleVerdict.Outcome? {
        verdicts.first { $0.ruleID == id }?.outcome
    }

    @Test func productPassesWithTheRegistrysCertificateAndTest() throws {
        let test = try Evidence(kind: .foodSafetyTest, reference: "JC-1", validUntil: Day("2027-06-30"), value: "合格")
        let verdicts = try rules(.product).evaluate(context(Fixtures.grape(), evidence: [test], certificates: [certificate(.good)]))
        #expect(verdicts.allSatisfy { $0.outcome == .pass }, "\(verdicts)")
        let climate = try #require(verdicts.first { $0.ruleID == "climate-quality" })
        #expect(climate.reason.contains("YQQP-2026-PT-0001") && climate.reason.contains("张山营果园站") && climate.reason.contains("良"))
    }

    @Test func certificateOfAnotherSeasonRevokedOrExpiredDoesNotCount() throws {
        let set = try rules(.product)
        let lastSeason = try certificate(.excellent, season: 2025, number: "YQQP-2025-PT-0001")
        #expect(outcome(set.evaluate(context(Fixtures.grape(), evidence: [], certificates: [lastSeason])), "climate-quality") == .needsEvidence)
        var revoked = try certificate(.excellent)
        try revoked.revoke(category: .falseDeclaration, reason: "数据造假", by: Fixtures.approver, on: Fixtures.day)
        let verdict = set.evaluate(context(Fixtures.grape(), evidence: [], certificates: [revoked]))
        #expect(outcome(verdict, "climate-quality") == .needsEvidence)
        #expect(verdict.first { $0.ruleID == "climate-quality" }?.reason.contains("已撤销") == true)
    }

    @Test func productGradeBelowGoodFailsUnlessOtherwiseCertified() throws {
        let ordinary = try certificate(.ordinary)
        let set = try rules(.product)
        #expect(outcome(set.evaluate(context(Fixtures.grape(), evidence: [], certificates: [ordinary])), "climate-quality") == .fail)
        let organic = try Evidence(kind: .organic, reference: "有机码 1234", validUntil: Day("2027-01-01"))
        #expect(outcome(set.evaluate(context(Fixtures.grape(), evidence: [organic], certificates: [ordinary])), "climate-quality") == .pass)
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

    @Test func homestayNeedsThousandIonsAtTheNearestValidStation() throws {
        var homestay = try Subject(operatorID: Fixtures.grower.uscc, name: "八亩地云舍", town: "珍珠泉乡", details: .homestay(HomestayDetails(
            address: "八亩地村 3 号", rooms: 8, location: GeoPoint(latitude: 40.6, longitude: 116.45, elevation: 700))))
        homestay.id = 2
        let set = try rules(.homestay)
        func verdict(_ stations: [NearbyNAIStation]) -> RuleVerdict {
            set.evaluate(context(homestay, evidence: [], naiStations: stations)).first { $0.ruleID == "nai-annual-mean" }!
        }
        #expect(verdict([naiStation(999)]).outcome == .fail)
        let high = verdict([naiStation(1000)])
        #expect(high.outcome == .pass)
        #expect(high.reason.contains("珍珠泉 (YQ105)") && high.reason.contains("1000 个/cm³") && high.reason.contains("2025"))
        #expect(verdict([naiStation(nil), naiStation(2400, distance: 3000)]).reason.contains("2400"))
        #expect(verdict([naiStation(nil)]).outcome == .needsEvidence)
        #expect(verdict([naiStation(2400, distance: 6000)]).outcome == .fail)
        #expect(verdict([naiStation(2400, height: 150)]).outcome == .fail)
        #expect(verdict([naiStation(2400, height: 150)]).reason.contains("+150 m"))
        #expect(verdict([]).outcome == .fail)
        #expect(set.evaluate(context(homestay, evidence: [], naiStations: [naiStation(1000)])).first { $0.ruleID == "permits" }?.outcome
                    == .needsEvidence)
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
