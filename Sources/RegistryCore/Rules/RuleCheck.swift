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
    /// A climate-quality certificate of the registry, valid today for the product's season, of at least
    /// the grade; or one of the other certifications, recorded as evidence.
    case climateGradeOrCertification(minimumGrade: ClimateGrade, alternatives: [EvidenceKind])
    /// A valid test report for the season whose result is a pass.
    case foodSafetyTestPassed
    /// Each of these documents is recorded and valid.
    case documentsRecorded(kinds: [EvidenceKind])
    /// The annual mean negative-air-ion concentration at the nearest station with a valid year, within
    /// the distance and height difference, is at least this.
    case naiAnnualMeanAtLeast(ionsPerCubicCentimetre: Double, maximumDistanceMetres: Double, maximumHeightDifferenceMetres: Double)
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
            switch c.regionTitle.phase(on: c.day) {
            case .underRecheck(let graceEnds):
                return (.pass, "延庆区中国天然氧吧称号复查中，宽限期至 \(graceEnds)")
            case let phase where phase.labelsValid:
                return (.pass, "延庆区中国天然氧吧称号有效，至 \(c.regionTitle.validUntil)")
            default:
                return (.fail, "延庆区中国天然氧吧称号当前无效（\(DisplayStatus.of(c.regionTitle, on: c.day).reason ?? c.regionTitle.standing.chinese)）")
            }
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
        case .naiAnnualMeanAtLeast(let threshold, let distance, let height):
            return Self.nearestNAI(c, threshold: threshold, maximumDistance: distance, maximumHeightDifference: height)
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
        guard case .product(let product) = c.subject.details else { return (.fail, "只有农产品可以取得气候品质认证") }
        let season = c.climateCertificates.filter { $0.season == product.season }
        let valid = season.filter { $0.status(on: c.day) == .issued }
        let other = alternatives.lazy.flatMap(c.valid).first
        if let best = valid.max(by: { $0.grade < $1.grade }) {
            let certificate = "气候品质认证证书 \(best.number)（\(best.season) 年度，\(best.station)，等级「\(best.grade.chinese)」，有效至 \(best.validUntil)）"
            if best.grade >= minimum { return (.pass, certificate) }
            if let other { return (.pass, "\(certificate)低于「\(minimum.chinese)」，但有\(other.kind.chinese) \(other.reference)") }
            return (.fail, "\(certificate)低于「\(minimum.chinese)」")
        }
        if let other { return (.pass, "有有效的\(other.kind.chinese) \(other.reference)") }
        let lapsed = season.map { "证书 \($0.number) \($0.status(on: c.day).chinese)" }
        return (.needsEvidence, "没有 \(product.season) 年度有效的气候品质认证证书" + (lapsed.isEmpty ? "" : "（\(lapsed.joined(separator: "、"))）")
                    + "；需要等级不低于「\(minimum.chinese)」的证书，或\(alternatives.map(\.chinese).joined(separator: "、"))之一")
    }

    private static func nearestNAI(_ c: RuleContext, threshold: Double, maximumDistance: Double,
                                   maximumHeightDifference: Double) -> (RuleVerdict.Outcome, String) {
        let limits = "\(NearbyNAIStation.kilometres(maximumDistance)) km、高差 \(Int(maximumHeightDifference)) m"
        let near = c.naiStations.filter { station in
            station.distance <= maximumDistance && station.heightDifference.map { abs($0) <= maximumHeightDifference } ?? false
        }
        if let station = near.first(where: { $0.annualMean != nil }), let mean = station.annualMean {
            let finding = "最近的有效负氧离子站 \(station.placement)：\(station.year) 年均 \(Int(mean.rounded())) 个/cm³"
            return mean >= threshold ? (.pass, "\(finding)，不低于 \(Int(threshold))") : (.fail, "\(finding)，低于 \(Int(threshold))")
        }
        if let station = near.first {
            return (.needsEvidence, "\(limits) 内的负氧离子站 \(station.placement) \(station.year) 年数据无效（\(station.validity)）")
        }
        guard let nearest = c.naiStations.first else { return (.fail, "没有登记负氧离子监测站") }
        if nearest.heightDifference == nil, nearest.distance <= maximumDistance {
            return (.needsEvidence, "民宿未登记海拔，无法核对与负氧离子站 \(nearest.placement) 的高差")
        }
        return (.fail, "\(limits) 内没有负氧离子监测站；最近的是 \(nearest.placement)")
    }
}
