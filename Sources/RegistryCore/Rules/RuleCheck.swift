/// The checks an admission rule file may name, with their parameters. The vocabulary is fixed in code;
/// which checks apply to which subject, and their thresholds, are configuration (`Schemas/rules/`).
public enum RuleCheck: Codable, Sendable, Hashable {
    /// The operator is registered in one of Yanqing's towns.
    case operatorInYanqing
    /// The plot, homestay or restaurant lies in Yanqing.
    case subjectInYanqing
    /// Yanqing's 天然氧吧 title is valid.
    case regionTitleValid
    /// No licence of the operator was revoked within the bar period.
    case noRevocationInBarPeriod
    /// A valid climate-quality certificate of at least the grade, or one of the other certifications.
    case climateGradeOrCertification(minimumGrade: ClimateGrade, alternatives: [EvidenceKind])
    /// A valid test report for the season whose result is a pass.
    case foodSafetyTestPassed
    /// Each of these documents is recorded and valid.
    case documentsRecorded(kinds: [EvidenceKind])
    /// The annual mean negative-air-ion concentration at the nearest valid station is at least this.
    case naiAnnualMeanAtLeast(ionsPerCubicCentimetre: Double)
    /// No complaint against the subject was upheld within the months.
    case noUpheldComplaint(months: Int)
    /// At least this share of the declared ingredient weight comes from licensed products.
    case licensedIngredientShare(minimum: Double)

    /// Evaluates the check on one application.
    func evaluate(_ c: RuleContext) -> (RuleVerdict.Outcome, String) {
        switch self {
        case .operatorInYanqing:
            guard let town = c.operatorRecord.town else { return (.fail, "经营主体所在乡镇不在延庆区") }
            return (.pass, "经营主体登记在延庆区\(town.name)")
        case .subjectInYanqing:
            return Self.subjectLocation(c)
        case .regionTitleValid:
            return c.regionTitle.isValid(on: c.day)
                ? (.pass, "延庆区中国天然氧吧称号有效，至 \(c.regionTitle.validUntil)")
                : (.fail, "延庆区中国天然氧吧称号当前无效（\(c.regionTitle.standing.chinese)，有效期至 \(c.regionTitle.validUntil)）")
        case .noRevocationInBarPeriod:
            let bars = c.revokedLicences.compactMap { licence in licence.barEnds(policy: c.policy).map { (licence, $0) } }
                .filter { c.day < $0.1 }
            guard let (licence, until) = bars.max(by: { $0.1 < $1.1 }) else { return (.pass, "近期没有被撤销的许可") }
            return (.fail, "许可 \(licence.number) 于 \(licence.revocation!.on) 被撤销（\(licence.revocation!.category.chinese)），\(until) 前不得重新申请")
        case .climateGradeOrCertification(let minimum, let alternatives):
            return Self.climateGrade(c, minimum: minimum, alternatives: alternatives)
        case .foodSafetyTestPassed:
            guard let test = c.valid(.foodSafetyTest).last else {
                return (.needsEvidence, "未登记本季有效的农产品质量安全检测报告")
            }
            let passed = ["合格", "pass", "passed"].contains(test.value?.lowercased() ?? "")
            return passed ? (.pass, "检测报告 \(test.reference) 结论合格") : (.fail, "检测报告 \(test.reference) 结论为「\(test.value ?? "未填写")」，不是合格")
        case .documentsRecorded(let kinds):
            let missing = kinds.filter { c.valid($0).isEmpty }
            return missing.isEmpty
                ? (.pass, "已登记有效的\(kinds.map(\.chinese).joined(separator: "、"))")
                : (.needsEvidence, "缺少有效的\(missing.map(\.chinese).joined(separator: "、"))")
        case .naiAnnualMeanAtLeast(let threshold):
            guard let record = c.valid(.naiAnnualMean).last, let value = record.value.flatMap(Double.init) else {
                return (.needsEvidence, "未登记最近有效监测站的负氧离子年均浓度")
            }
            return value >= threshold
                ? (.pass, "负氧离子年均浓度 \(Int(value)) 个/cm³（\(record.reference)），不低于 \(Int(threshold))")
                : (.fail, "负氧离子年均浓度 \(Int(value)) 个/cm³（\(record.reference)），低于 \(Int(threshold))")
        case .noUpheldComplaint(let months):
            let since = c.day.adding(months: -months)
            let recent = c.evidence.filter { $0.kind == .upheldComplaint && (Day($0.value ?? "") ?? c.day) >= since }
            return recent.isEmpty
                ? (.pass, "近 \(months) 个月没有成立的投诉")
                : (.fail, "近 \(months) 个月有 \(recent.count) 起投诉成立（\(recent.map(\.reference).joined(separator: "、"))）")
        case .licensedIngredientShare(let minimum):
            guard case .dish(let dish) = c.subject.details, dish.totalGrams > 0 else { return (.fail, "菜品没有申报配料") }
            let licensed = dish.ingredients.filter { $0.sourceSubjectID.map(c.licensedSubjectIDs.contains) ?? false }
            let share = licensed.reduce(0) { $0 + $1.grams } / dish.totalGrams
            let percent = Int((share * 100).rounded())
            return share >= minimum
                ? (.pass, "持证氧吧农产品占配料重量 \(percent)%，不低于 \(Int(minimum * 100))%")
                : (.fail, "持证氧吧农产品仅占配料重量 \(percent)%，低于 \(Int(minimum * 100))%")
        }
    }

    private static func subjectLocation(_ c: RuleContext) -> (RuleVerdict.Outcome, String) {
        let town = Yanqing.towns.first { $0.id == c.subject.townID }?.name ?? c.subject.townID
        switch c.subject.details {
        case .product(let p):
            return p.location.isInYanqing ? (.pass, "地块「\(p.plot)」位于延庆区\(town)") : (.fail, "地块坐标不在延庆区范围内")
        case .homestay(let h):
            return h.location.isInYanqing ? (.pass, "民宿位于延庆区\(town)") : (.fail, "民宿坐标不在延庆区范围内")
        case .dish:
            return (.pass, "餐厅位于延庆区\(town)")
        }
    }

    private static func climateGrade(_ c: RuleContext, minimum: ClimateGrade, alternatives: [EvidenceKind]) -> (RuleVerdict.Outcome, String) {
        let certificates = c.valid(.climateCertificate)
        if let best = certificates.compactMap({ e in e.value.flatMap(ClimateGrade.init(name:)).map { (e, $0) } }).max(by: { $0.1 < $1.1 }) {
            if best.1 >= minimum { return (.pass, "气候品质认证证书 \(best.0.reference) 等级为「\(best.1.chinese)」") }
            if let other = alternatives.lazy.flatMap(c.valid).first {
                return (.pass, "气候品质等级「\(best.1.chinese)」低于「\(minimum.chinese)」，但有\(other.kind.chinese) \(other.reference)")
            }
            return (.fail, "气候品质认证证书 \(best.0.reference) 等级为「\(best.1.chinese)」，低于「\(minimum.chinese)」")
        }
        if let other = alternatives.lazy.flatMap(c.valid).first {
            return (.pass, "有有效的\(other.kind.chinese) \(other.reference)")
        }
        return (.needsEvidence, "需要等级不低于「\(minimum.chinese)」的气候品质认证证书，或\(alternatives.map(\.chinese).joined(separator: "、"))之一")
    }
}
