import Foundation
import RegistryCore
import RegistryStore

/// A registry on 2026-09-01 holding one licence in each public state, granted and withdrawn through
/// the store's workflow with backdated steps; one holder's name is an HTML injection attempt. Each
/// licence has a printed batch of labels; under the valid licence one label is voided and a second
/// batch revoked.
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
    /// A printed label code by what it shows: `valid`, `voided`, `revokedBatch`, `scripted`, `suspended`,
    /// `revoked` (licence), `surrendered` and `expired`.
    public let labels: [String: LabelCode]

    public init() throws {
        let registry = try store.open(on: Self.today)
        self.registry = registry
        var labels = [String: LabelCode]()
        var printed = [String: [LabelCode]]()
        var generator = SeededGenerator(seed: 5)
        func licence(_ key: String, _ uscc: String, _ holder: String, _ item: String, _ crop: String, _ town: String, _ season: Int, _ day: String) throws -> String {
            let (number, codes) = try Self.grant(registry, uscc: uscc, holder: holder, item: item, crop: crop, town: town, season: season, on: day,
                                                 codes: &generator)
            labels[key] = codes[0]
            printed[key] = codes
            return number
        }
        expired = try licence("expired", "93110119MA01EXPD1", "延庆区香营杏果专业合作社", "香营香白杏", "香白杏", "香营乡", 2025, "2025-07-01")
        valid = try licence("valid", "93110119MA01ABCD1", "延庆区前黑龙庙葡萄种植专业合作社", "巨峰葡萄", "葡萄", "张山营镇", 2026, "2026-07-01")
        scripted = try licence("scripted", "93110119MA01HTML1", Self.scriptName, "<b>富士苹果</b>", "苹果", "井庄镇", 2026, "2026-07-02")
        suspended = try licence("suspended", "93110119MA01PAUE1", "延庆区旧县苹果专业合作社", "旧县红富士", "苹果", "旧县镇", 2026, "2026-07-03")
        revoked = try licence("revoked", "93110119MA01REKD1", "延庆区康庄海棠专业合作社", "八棱脆海棠", "八棱脆海棠", "康庄镇", 2026, "2026-07-06")
        surrendered = try licence("surrendered", "93110119MA01GAUE1", "延庆区延庆镇草莓园", "红颜草莓", "草莓", "延庆镇", 2026, "2026-07-07")
        let validNumber = valid
        let validBatch = try registry.read { try $0.labelBatches(licence: validNumber)[0].number }
        let voided = printed["valid"]![1]
        labels["voided"] = voided
        let (suspendedNumber, revokedNumber, surrenderedNumber) = (suspended, revoked, surrendered)
        try registry.write { tx in
            let later = tx.backdated(to: Self.morning("2026-08-20"))
            let second = try tx.backdated(to: Self.morning("2026-07-25")).issueBatch(licence: validNumber, count: 12, by: StoreFixture.printer, codes: &generator)
            labels["revokedBatch"] = try tx.backdated(to: Self.morning("2026-07-25")).recordPrintJob(batch: second.number, format: "a4-3x7", by: StoreFixture.printer).codes[0]
            try later.voidLabels(in: validBatch, .codes([voided]), by: StoreFixture.printer, reason: "打印机卡纸")
            try later.withdrawLabels(.batch(second.number), .revocation, by: StoreFixture.approver, reason: "该批标签被冒用")
            try later.suspend(suspendedNumber, by: StoreFixture.approver, reason: "抽检农残超标", correctionDeadline: Day("2026-10-01")!)
            try later.revoke(revokedNumber, by: StoreFixture.approver, category: .labelMisuse, reason: "转借标签给外地商户")
            try later.surrender(surrenderedNumber, by: StoreFixture.clerk, reason: "草莓园停业")
        }
        self.labels = labels
    }

    /// 09:00 in Beijing on a day.
    public static func morning(_ day: String) -> Date {
        Day(day)!.start.addingTimeInterval(9 * 3600)
    }

    /// Registers a holder (`uscc`: the first 17 characters) and its product, and licenses it (`license`).
    static func grant(_ registry: Registry, uscc: String, holder: String, item: String, crop: String, town: String,
                      season: Int, on day: String, codes generator: inout SeededGenerator) throws -> (String, [LabelCode]) {
        try registry.write { tx in
            let intake = tx.backdated(to: morning(day))
            let place = Yanqing.town(named: town)!
            let record = try Operator(uscc: USCC.completing(uscc)!.value, name: holder, kind: .cooperative,
                                      town: town, address: "\(town)1 号")
            try intake.addOperator(record, by: StoreFixture.clerk)
            let subject = try intake.addSubject(Subject(operatorID: record.uscc, name: item, town: town, details: .product(ProductDetails(
                crop: crop, plot: "东坡地块", location: GeoPoint(latitude: place.latitude, longitude: place.longitude), areaMu: 20,
                season: season, expectedOutputKg: 10_000, packSizeKg: 5))), by: StoreFixture.clerk)
            return try license(subject.id, in: tx, on: day, codes: &generator)
        }
    }

    /// Takes a subject's application from intake to licence: submitted on a day with `evidence`,
    /// licensed two weeks later, when a batch of `labels` labels is issued and printed. Returns the
    /// licence number and the codes in print order.
    public static func license(_ subjectID: Int64, in tx: RegistryTransaction, on day: String, evidence: [Evidence] = StoreFixture.goodEvidence,
                               labels: Int = 12, codes generator: inout SeededGenerator) throws -> (String, [LabelCode]) {
        let intake = tx.backdated(to: morning(day))
        let number = try intake.apply(subjectID: subjectID, evidence: evidence, by: StoreFixture.clerk).number
        try intake.accept(number, by: StoreFixture.clerk)
        _ = try intake.review(number, by: StoreFixture.reviewer, findings: "材料齐全")
        _ = try intake.approve(number, by: StoreFixture.approver)
        let granted = tx.backdated(to: morning(day).addingTimeInterval(14 * 86_400))
        let licence = try granted.closePublicity(number, by: StoreFixture.approver).number
        let batch = try granted.issueBatch(licence: licence, count: labels, by: StoreFixture.printer, codes: &generator)
        return (licence, try granted.recordPrintJob(batch: batch.number, format: "a4-3x7", by: StoreFixture.printer).codes)
    }
}
