import ClimateQuality
import Foundation
import RegistryCore
import RegistryStore

/// Walks the demo's businesses through the workflow, each step dated on a plausible day.
struct DemoBuilder {
    let tx: RegistryTransaction
    var rng: SeededGenerator
    let today: Day
    /// The latest season: this year from June, when the first applications of the year come in.
    let season: Int
    private var usedUSCCs: Set<String> = []
    private var counter = 0
    /// Current-season product subjects that hold a licence, by crop, for dish ingredients.
    private var licensedByCrop: [String: [Int64]] = [:]
    private(set) var currentLicences: [(number: String, kind: SubjectKind, crop: String)] = []
    private var suspendedExample: String?
    private var revokedExample: String?
    /// What the demo's label batches hold, and codes to try, filled by `issueLabels()`.
    var labelCounts: [String: Int] = [:]
    var labelExamples: [String: String] = [:]
    /// The scans that make the "copied" example look copied, written to the scan log once the registry is.
    var copiedScans: [LabelScan] = []
    private var activeExample: String? { currentLicences.first { $0.number != suspendedExample && $0.number != revokedExample && $0.kind == .product }?.number }

    static let clerks = ["王芳", "陈静"]
    static let reviewers = ["李强", "刘洋"]
    static let approvers = ["赵敏", "周建国"]

    init(tx: RegistryTransaction, rng: SeededGenerator) {
        self.tx = tx
        self.rng = rng
        self.today = tx.today
        self.season = tx.today.month >= 6 ? tx.today.year : tx.today.year - 1
    }

    // MARK: - Businesses

    mutating func addRound(_ round: Int) throws {
        let suffix = round == 0 ? "" : "（\(round + 1)）"
        for grower in DemoCatalogue.growers {
            let record = try addOperator(grower.name + suffix, kind: grower.kind, town: grower.town, village: grower.village, since: season - 3)
            for year in (season - 2)...season {
                for plot in 0..<Int.random(in: 4...6, using: &rng) {
                    try addProduct(grower, owner: record, plot: plot, year: year)
                }
            }
        }
        for host in DemoCatalogue.hosts {
            let record = try addOperator(host.name + suffix, kind: .homestay, town: host.town, village: host.village, since: season - 4)
            for (index, name) in host.homestays.enumerated() {
                try addHomestay(host, name: name, owner: record, index: index)
            }
        }
        for restaurant in DemoCatalogue.restaurants {
            let record = try addOperator(restaurant.name + suffix, kind: .restaurant, town: restaurant.town, village: restaurant.village, since: season - 3)
            for dish in restaurant.dishes {
                try addDish(dish, restaurant: restaurant, owner: record)
            }
        }
    }

    private mutating func addOperator(_ name: String, kind: OperatorKind, town: String, village: String, since year: Int) throws -> Operator {
        let record = try Operator(uscc: newUSCC(kind: kind, name: name).value, name: name, kind: kind, town: town,
                                  address: "北京市延庆区\(town)\(village)\(Int.random(in: 1...180, using: &rng))号",
                                  contactPerson: ["张", "王", "李", "赵", "刘", "杨", "孙", "马"].randomElement(using: &rng)! + ["建华", "秀英", "国强", "桂兰", "春生", "丽娟"].randomElement(using: &rng)!,
                                  phone: "1\(Int.random(in: 30...89, using: &rng))\(Int.random(in: 1000_0000...9999_9999, using: &rng))")
        try at(Day(year: year, month: 3, day: 1)!.adding(days: Int.random(in: 0...200, using: &rng))).addOperator(record, by: clerk())
        return record
    }

    private mutating func addProduct(_ grower: DemoCatalogue.Grower, owner: Operator, plot: Int, year: Int) throws {
        let town = Yanqing.town(named: grower.town)!
        let variety = grower.varieties[plot % grower.varieties.count]
        let area = Double(Int.random(in: 20...160, using: &rng))
        let plotName = "\(grower.village)\(["东坡", "西沟", "南台", "北岭", "前川", "后洼"][plot])地块"
        let model = tx.configuration.cropModels.first { $0.grades(productCrop: grower.crop) }
        let subject = try Subject(operatorID: owner.uscc, name: grower.crop.contains(variety) ? "\(grower.village)\(grower.crop)" : "\(grower.village)\(variety)\(grower.crop)", town: grower.town, details: .product(ProductDetails(
            crop: grower.crop, variety: variety, plot: plotName,
            location: model.flatMap { DemoObservations.station(in: town, observing: $0.requiredStationKind) }.map { near($0) }
                ?? near(town, within: 0.02, elevation: 480...720),
            areaMu: area, season: year, expectedOutputKg: area * grower.yieldPerMu, packSizeKg: grower.packKg)))
        var start = min(Day(year: year, month: 6, day: 20)!.adding(days: Int.random(in: 0...55, using: &rng)), today.adding(days: -25))
        var registered = start.adding(days: -3)
        var certificateDay: Day?
        var awaitingCertificate = false
        if let model {
            let windows = model.windows(seasonYear: year)
            registered = min(Self.day(windows.first!.first).adding(days: -Int.random(in: 10...30, using: &rng)), today.adding(days: -30))
            let issue = Self.day(windows.last!.last).adding(days: Int.random(in: 3...10, using: &rng))
            if issue < today {
                certificateDay = issue
                start = min(issue.adding(days: Int.random(in: 1...12, using: &rng)), today)
            } else {
                awaitingCertificate = true
                start = today.adding(days: -Int.random(in: 3...10, using: &rng))
            }
        }
        let stored = try at(registered).addSubject(subject, by: clerk())
        if let certificateDay { try certify(stored.id, on: certificateDay) }
        var evidence = [try Evidence(kind: .foodSafetyTest, reference: "JC-\(year)-\(next())", validUntil: Day(year: year + 1, month: 6, day: 30),
                                     value: Double.random(in: 0...1, using: &rng) < 0.97 ? "合格" : "不合格")]
        if model == nil, let other = grower.otherCertification {
            evidence.append(try Evidence(kind: other, reference: "\(other == .greenFood ? "GF110229" : "ZS-")\(year - 1)\(next())", validUntil: Day(year: year + 2, month: 12, day: 31)))
        }
        let isCurrent = year == season
        let roll = Double.random(in: 0...1, using: &rng)
        if isCurrent && roll < 0.04 {
            _ = try at(max(start, today.adding(days: -Int.random(in: 0...6, using: &rng)))).apply(subjectID: stored.id, evidence: evidence, by: clerk(), draft: true)
            return
        }
        let missingTest = roll > 0.96
        let inProgress = isCurrent && roll > 0.78
        let stop: ApplicationState? = awaitingCertificate ? .accepted
            : inProgress ? [.submitted, .returned, .accepted, .reviewed, .publicity][Int(stored.id % 5)] : nil
        let granted = try walk(subjectID: stored.id, evidence: missingTest ? Array(evidence.dropFirst()) : evidence,
                               from: inProgress ? max(start, today.adding(days: -12)) : start, addOnReturn: missingTest ? [evidence[0]] : [],
                               stopAt: stop)
        if let granted, isCurrent {
            licensedByCrop[grower.crop, default: []].append(stored.id)
            currentLicences.append((granted, .product, grower.crop))
        }
    }

    /// Assesses the season and issues its certificate on `day`; a season the data cannot grade goes on
    /// without one (its application then lacks the certificate, as it would in the bureau).
    private func certify(_ subjectID: Int64, on day: Day) throws {
        do {
            _ = try at(day).issueCertificate(subjectID: subjectID, by: DemoObservations.meteorologist)
        } catch ClimateStoreError.seasonNotGraded {
            return
        }
    }

    /// A point within about a kilometre of a station, within 40 m of its height: the station represents it.
    private mutating func near(_ station: Station) -> GeoPoint {
        GeoPoint(latitude: station.location.latitude + Double.random(in: -0.01...0.01, using: &rng),
                 longitude: station.location.longitude + Double.random(in: -0.01...0.01, using: &rng),
                 elevation: (station.elevation + Double.random(in: -40...40, using: &rng)).rounded())
    }

    /// A point near a town's seat.
    private mutating func near(_ town: Town, within degrees: Double, elevation: ClosedRange<Int>) -> GeoPoint {
        GeoPoint(latitude: town.latitude + Double.random(in: -degrees...degrees, using: &rng),
                 longitude: town.longitude + Double.random(in: -degrees...degrees, using: &rng),
                 elevation: Double(Int.random(in: elevation, using: &rng)))
    }

    private static func day(_ date: CivilDate) -> Day { Day(year: date.year, month: date.month, day: date.day)! }

    private mutating func addHomestay(_ host: DemoCatalogue.Host, name: String, owner: Operator, index: Int) throws {
        let town = Yanqing.town(named: host.town)!
        let subject = try Subject(operatorID: owner.uscc, name: name, town: host.town, details: .homestay(HomestayDetails(
            address: "北京市延庆区\(host.town)\(host.village)\(Int.random(in: 1...120, using: &rng))号", rooms: Int.random(in: 4...16, using: &rng),
            location: near(DemoObservations.station(in: town, observing: .nai)!))))
        let start = Day(year: season - 1 + index % 2, month: 4, day: 1)!.adding(days: Int.random(in: 0...120, using: &rng))
        let stored = try at(start.adding(days: -5)).addSubject(subject, by: clerk())
        let evidence = [
            try Evidence(kind: .businessLicence, reference: owner.uscc.value),
            try Evidence(kind: .specialTradePermit, reference: "京延公特字\(start.year)第\(next())号", validUntil: start.adding(months: 48)),
            try Evidence(kind: .hygienePermit, reference: "京延卫公字\(start.year)第\(next())号", validUntil: start.adding(months: 48)),
            try Evidence(kind: .firePermit, reference: "延消检字\(start.year)第\(next())号"),
        ]
        if let granted = try walk(subjectID: stored.id, evidence: evidence, from: start) {
            currentLicences.append((granted, .homestay, ""))
        }
    }

    private mutating func addDish(_ dish: (name: String, crop: String, ingredients: [(String, Double)]), restaurant: DemoCatalogue.Restaurant, owner: Operator) throws {
        let sources = licensedByCrop[dish.crop] ?? []
        let ingredients = dish.ingredients.enumerated().map { index, item in
            Ingredient(name: item.0, grams: item.1, sourceSubjectID: index == 0 ? sources.randomElement(using: &rng) : nil)
        }
        let start = today.adding(days: -Int.random(in: 25...50, using: &rng))
        let subject = try Subject(operatorID: owner.uscc, name: dish.name, town: restaurant.town,
                                  details: .dish(DishDetails(restaurant: restaurant.name, ingredients: ingredients)))
        let stored = try at(start.adding(days: -2)).addSubject(subject, by: clerk())
        let evidence = [try Evidence(kind: .foodBusinessLicence, reference: "JY1\(11_0229)\(next())", validUntil: start.adding(months: 60))]
        if let granted = try walk(subjectID: stored.id, evidence: evidence, from: start) {
            currentLicences.append((granted, .dish, dish.crop))
        }
    }

    // MARK: - Workflow

    /// Takes an application from submission as far as the calendar allows: a step dated after today is
    /// not taken, so recent applications stop part-way. Returns the licence number when one is granted.
    private mutating func walk(subjectID: Int64, evidence: [Evidence], from start: Day, addOnReturn: [Evidence] = [],
                               stopAt: ApplicationState? = nil) throws -> String? {
        var day = start
        let number = try at(day).apply(subjectID: subjectID, evidence: evidence, by: clerk()).number
        day = day.adding(days: Int.random(in: 1...3, using: &rng))
        guard day <= today, stopAt != .submitted else { return nil }
        if !addOnReturn.isEmpty || stopAt == .returned {
            try at(day).returnForEvidence(number, by: clerk(), reason: "缺少本季农产品质量安全检测报告，请补交")
            day = day.adding(days: Int.random(in: 3...9, using: &rng))
            guard day <= today, stopAt != .returned else { return nil }
            try at(day).submit(number, addingEvidence: addOnReturn, by: clerk())
            day = day.adding(days: 1)
            guard day <= today else { return nil }
        }
        try at(day).accept(number, by: clerk())
        day = day.adding(days: Int.random(in: 2...6, using: &rng))
        guard day <= today, stopAt != .accepted else { return nil }
        let reviewer = Self.reviewers.randomElement(using: &rng)!
        let (_, verdicts) = try at(day).review(number, by: try Actor(name: reviewer, role: .reviewer), findings: "已核对证明材料，并逐项核查准入条件")
        day = day.adding(days: Int.random(in: 1...4, using: &rng))
        guard day <= today, stopAt != .reviewed else { return nil }
        let approver = try Actor(name: Self.approvers.randomElement(using: &rng)!, role: .approver)
        let failing = verdicts.filter { $0.outcome != .pass }
        if !failing.isEmpty {
            try at(day).reject(number, by: approver, reason: failing.map { "\($0.title)：\($0.reason)" }.joined(separator: "；"))
            return nil
        }
        let application = try at(day).approve(number, by: approver)
        if Double.random(in: 0...1, using: &rng) < 0.05, day.adding(days: 1) <= today {
            let objection = try at(day.adding(days: 1)).recordObjection(number, raisedBy: "群众来电（实名）", text: "反映该地块去年曾使用外地果品冒充", by: clerk())
            guard day.adding(days: 3) <= today else { return nil }
            try at(day.adding(days: 3)).resolveObjection(number, objection: objection, upheld: false, by: approver, reason: "经现场核查与销售台账比对，反映情况不属实")
        }
        let close = application.publicityEndsOn!.adding(days: Int.random(in: 1...3, using: &rng))
        guard close <= today, stopAt != .publicity else { return nil }
        return try at(close).closePublicity(number, by: approver).number
    }

    /// Withdrawals of the current season: a suspension, a revocation and a surrender; and a renewal.
    mutating func withdrawSome() throws {
        let approver = try Actor(name: Self.approvers[0], role: .approver)
        let products = currentLicences.filter { $0.kind == .product }
        let reinstated = products.last { $0.crop == "香白杏" }
        let others = products.filter { $0.number != reinstated?.number }
        let suspended = others.first { $0.crop == "葡萄" } ?? others.first
        let revoked = others.first { $0.crop == "苹果" && $0.number != suspended?.number } ?? others.first { $0.number != suspended?.number }
        if let licence = reinstated {
            try at(today.adding(days: -40)).suspend(licence.number, by: approver, reason: "包装标签印制信息有误", correctionDeadline: today.adding(days: -25))
            try at(today.adding(days: -30)).reinstate(licence.number, by: approver, reason: "已重新印制包装，复核无误")
        }
        if let licence = suspended {
            try at(today.adding(days: -6)).suspend(licence.number, by: approver, reason: "区农产品质量安全监测站抽检发现农药残留超标",
                                                   correctionDeadline: today.adding(days: 30))
            suspendedExample = licence.number
        }
        if let licence = revoked {
            try at(today.adding(days: -20)).suspend(licence.number, by: approver, reason: "市场巡查发现外地果品使用本许可标签", correctionDeadline: today.adding(days: 10))
            try at(today.adding(days: -12)).revoke(licence.number, by: approver, category: .labelMisuse, reason: "经查实将氧吧标识转借给外地果商使用")
            revokedExample = licence.number
        }
        let homestays = currentLicences.filter { $0.kind == .homestay }
        if let licence = homestays.last {
            try at(today.adding(days: -15)).surrender(licence.number, by: clerk(), reason: "民宿停业转让，经营主体申请注销")
        }
        try renewLastSeasonsLicence()
    }

    /// A renewal (续展) through the workflow of the last season's product licence that ended most recently
    /// before today, applied for 20 days before its end: a batch issued under its old term shows 已过期
    /// while the licence is 有效 for its new term.
    private mutating func renewLastSeasonsLicence() throws {
        let current = Set(currentLicences.map(\.number))
        guard let licence = try tx.licences().filter({
            !current.contains($0.number) && $0.kind == .product && $0.status == .active && $0.validUntil < today
        }).max(by: { $0.validUntil < $1.validUntil }) else { return }
        let applied = licence.validUntil.adding(days: -20)
        let printer = try Actor(name: Self.printer, role: .printer)
        try at(applied.adding(days: -30)).issueBatch(licence: licence.number, count: 21, by: printer, codes: &rng)
        let clerk = try clerk()
        let evidence = [
            try Evidence(kind: .greenFood, reference: "LB\(applied.year)\(next())", validUntil: applied.adding(months: 36)),
            try Evidence(kind: .foodSafetyTest, reference: "JC-\(applied.year)-\(next())", validUntil: applied.adding(months: 12), value: "合格"),
        ]
        let number = try at(applied).applyForRenewal(licence: licence.number, evidence: evidence, by: clerk).number
        try at(applied).accept(number, by: clerk)
        try at(applied.adding(days: 1)).review(number, by: try Actor(name: Self.reviewers[0], role: .reviewer),
                                               findings: "续展材料齐全：新季农产品检测合格，绿色食品证书有效")
        let approver = try Actor(name: Self.approvers[1], role: .approver)
        let approved = try at(applied.adding(days: 2)).approve(number, by: approver)
        if let ends = approved.publicityEndsOn {
            _ = try at(ends.adding(days: 1)).closePublicity(number, by: approver)
        }
    }

    func summary() throws -> DemoRegistry.Summary {
        var summary = DemoRegistry.Summary()
        (summary.operators, summary.subjects, summary.auditEvents) = try tx.recordCounts()
        for (state, count) in try tx.applicationCounts() { summary.applications[state.rawValue] = count }
        for (status, count) in try tx.licenceCounts() { summary.licences[status.rawValue] = count }
        for (status, licence) in [(LicenceStatus.suspended, suspendedExample), (.revoked, revokedExample), (.active, activeExample)] {
            if let licence { summary.examples[status.rawValue] = "oxlabel licence show \(licence)" }
        }
        summary.labels = labelCounts
        summary.labelExamples = labelExamples
        return summary
    }

    // MARK: - Helpers

    func at(_ day: Day) -> RegistryTransaction {
        tx.backdated(to: day.start.addingTimeInterval(9 * 3600 + Double(counter % 28_800)))
    }

    private mutating func clerk() throws -> Actor {
        try Actor(name: Self.clerks.randomElement(using: &rng)!, role: .clerk)
    }

    private mutating func next() -> String {
        counter += 1
        return String(format: "%04d", counter)
    }

    /// A fresh USCC with correct organisation-code and check characters (GB 11714, GB 32100).
    private mutating func newUSCC(kind: OperatorKind, name: String) -> USCC {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        while true {
            let type = kind == .cooperative ? "93" : name.contains("公司") ? "91" : "92"
            let division = Bool.random(using: &rng) ? "110229" : "110119"
            let body = "MA0" + String((0..<5).map { _ in alphabet.randomElement(using: &rng)! })
            let weights = [3, 7, 9, 10, 5, 8, 4, 2]
            let sum = zip(body, weights).reduce(0) { total, pair in
                total + (Int(String(pair.0)) ?? Int(pair.0.asciiValue! - 55)) * pair.1
            }
            let check = (11 - sum % 11) % 11
            let code = USCC.completing(type + division + body + (check == 10 ? "X" : String(check)))!
            if usedUSCCs.insert(code.value).inserted { return code }
        }
    }
}
