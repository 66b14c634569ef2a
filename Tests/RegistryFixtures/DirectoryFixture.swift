import Foundation
import RegistryCore
import RegistryStore

/// A registry on 2026-09-01 holding one licence in each public state, granted and withdrawn through
/// the store's workflow with backdated steps; one holder's name is an HTML injection attempt.
public struct DirectoryFixture: Sendable {
    public static let today = "2026-09-01"
    public static let scriptName = "<script>alert(1)</script>"

    public let store = StoreFixture()
    public let registry: Registry
    /// Licence numbers by the state their labels show today.
    public let valid: String
    public let scripted: String
    public let suspended: String
    public let revoked: String
    public let surrendered: String
    public let expired: String

    public init() throws {
        registry = try store.open(on: Self.today)
        expired = try Self.grant(registry, uscc: "93110119MA01EXPD1", holder: "延庆区香营杏果专业合作社", item: "香营香白杏", crop: "香白杏", town: "香营乡", season: 2025, on: "2025-07-01")
        valid = try Self.grant(registry, uscc: "93110119MA01ABCD1", holder: "延庆区前黑龙庙葡萄种植专业合作社", item: "巨峰葡萄", crop: "葡萄", town: "张山营镇", season: 2026, on: "2026-07-01")
        scripted = try Self.grant(registry, uscc: "93110119MA01HTML1", holder: Self.scriptName, item: "<b>富士苹果</b>", crop: "苹果", town: "井庄镇", season: 2026, on: "2026-07-02")
        suspended = try Self.grant(registry, uscc: "93110119MA01PAUE1", holder: "延庆区旧县苹果专业合作社", item: "旧县红富士", crop: "苹果", town: "旧县镇", season: 2026, on: "2026-07-03")
        revoked = try Self.grant(registry, uscc: "93110119MA01REKD1", holder: "延庆区康庄海棠专业合作社", item: "八棱脆海棠", crop: "八棱脆海棠", town: "康庄镇", season: 2026, on: "2026-07-06")
        surrendered = try Self.grant(registry, uscc: "93110119MA01GAUE1", holder: "延庆区延庆镇草莓园", item: "红颜草莓", crop: "草莓", town: "延庆镇", season: 2026, on: "2026-07-07")
        try registry.write { tx in
            let later = tx.backdated(to: Self.morning("2026-08-20"))
            try later.suspend(suspended, by: StoreFixture.approver, reason: "抽检农残超标", correctionDeadline: Day("2026-10-01")!)
            try later.revoke(revoked, by: StoreFixture.approver, category: .labelMisuse, reason: "转借标签给外地商户")
            try later.surrender(surrendered, by: StoreFixture.clerk, reason: "草莓园停业")
        }
    }

    /// 09:00 in Beijing on a day.
    public static func morning(_ day: String) -> Date {
        Day(day)!.start.addingTimeInterval(9 * 3600)
    }

    /// Registers a holder (`uscc`: the first 17 characters) and its product, and takes its application
    /// from intake to licence: submitted on a day, licensed two weeks later.
    static func grant(_ registry: Registry, uscc: String, holder: String, item: String, crop: String, town: String,
                      season: Int, on day: String) throws -> String {
        try registry.write { tx in
            let intake = tx.backdated(to: morning(day))
            let place = Yanqing.town(named: town)!
            let record = try Operator(uscc: USCC.completing(uscc)!.value, name: holder, kind: .cooperative,
                                      town: town, address: "\(town)1 号")
            try intake.addOperator(record, by: StoreFixture.clerk)
            let subject = try intake.addSubject(Subject(operatorID: record.uscc, name: item, town: town, details: .product(ProductDetails(
                crop: crop, plot: "东坡地块", location: GeoPoint(latitude: place.latitude, longitude: place.longitude), areaMu: 20,
                season: season, expectedOutputKg: 10_000, packSizeKg: 5))), by: StoreFixture.clerk)
            let number = try intake.apply(subjectID: subject.id, evidence: StoreFixture.goodEvidence, by: StoreFixture.clerk).number
            try intake.accept(number, by: StoreFixture.clerk)
            _ = try intake.review(number, by: StoreFixture.reviewer, findings: "材料齐全")
            _ = try intake.approve(number, by: StoreFixture.approver)
            return try tx.backdated(to: morning(day).addingTimeInterval(14 * 86_400)).closePublicity(number, by: StoreFixture.approver).number
        }
    }
}
