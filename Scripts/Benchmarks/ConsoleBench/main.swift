import Foundation
import RegistryCore
import RegistryServer
import RegistryStore

/// Benchmark of issue 6: the console's dashboard over a registry of 10,000 licences and 1,000,000
/// labels. Builds the registry through the store's own workflow functions (operators, subjects,
/// applications through review, approval and publicity, licences, label batches, some suspensions,
/// revocations and scans) in a few transactions, then renders the dashboard page as the route does
/// (figures read from SQLite, charts drawn, the real templates) and prints the median and the worst.
/// Usage: bench-console SCHEMAS_DIRECTORY OUTPUT_DIRECTORY [RUNS [LICENCES]]

func seconds(_ start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print(name.padding(toLength: max(56, name.count), withPad: " ", startingAt: 0) + String(format: "%10.1f ", value) + unit)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: bench-console SCHEMAS_DIRECTORY OUTPUT_DIRECTORY [RUNS [LICENCES]]\n".utf8))
    exit(2)
}
let schemas = URL(fileURLWithPath: arguments[1])
let path = URL(fileURLWithPath: arguments[2]).appendingPathComponent("console-bench.sqlite").path
let runs = arguments.count > 3 ? max(Int(arguments[3]) ?? 20, 1) : 20

let licenceCount = arguments.count > 4 ? max(Int(arguments[4]) ?? 10_000, 1) : 10_000
let labelsPerLicence = 100, scanCount = licenceCount * 20, licencesPerTransaction = 1_000
let today = Day("2026-09-15")!
let now = today.start.addingTimeInterval(10 * 3600)
let registry = try Registry(path: path, configuration: try RegistryConfiguration.load(schemas: schemas, clock: { now }))
let clerk = try Actor(name: "王芳", role: .clerk)
let reviewer = try Actor(name: "李强", role: .reviewer)
let approver = try Actor(name: "赵敏", role: .approver)
let printer = try Actor(name: "孙丽", role: .printer)
let evidence = [try Evidence(kind: .greenFood, reference: "GF110229260001", validUntil: Day("2028-12-31")),
                try Evidence(kind: .foodSafetyTest, reference: "JC-2026-0001", validUntil: Day("2027-06-30"), value: "合格")]
let crops = ["葡萄", "苹果", "草莓", "海棠", "板栗", "蜂蜜"]

/// The day application `index` was made: spread over the twelve months before today.
func appliedOn(_ index: Int) -> Day {
    Day("2025-09-20")!.adding(days: min(index, licenceCount) * 350 / licenceCount)
}

func at(_ day: Day) -> Date { day.start.addingTimeInterval(9 * 3600) }

let building = ContinuousClock.now
var codes: [LabelCode] = []
var granted: [String] = []
var index = -1
while granted.count < licenceCount {
    try registry.write { tx in
        let target = min(granted.count + licencesPerTransaction, licenceCount)
        while granted.count < target {
            index += 1
            let day = appliedOn(index)
            let town = Yanqing.towns[index % Yanqing.towns.count]
            let early = tx.backdated(to: at(day))
            if index % 5 == 0 {
                let grower = try Operator(uscc: USCC.completing("93110119MA\(String(format: "%07d", index / 5))")!.value,
                                          name: "延庆区第\(index / 5 + 1)号农业专业合作社", kind: .cooperative, town: town.name, address: "\(town.name)1 号")
                try early.addOperator(grower, by: clerk)
            }
            let uscc = USCC.completing("93110119MA\(String(format: "%07d", index / 5))")!.value
            let subject = try early.addSubject(try Subject(
                operatorID: try USCC(uscc), name: "\(crops[index % crops.count])\(index)", town: town.name, details: .product(ProductDetails(
                    crop: crops[index % crops.count], variety: "本地", plot: "地块 \(index)", location: GeoPoint(latitude: town.latitude, longitude: town.longitude),
                    areaMu: 50, season: 2026, expectedOutputKg: 100_000, packSizeKg: 5))), by: clerk)
            let number = try early.apply(subjectID: subject.id, evidence: evidence, by: clerk).number
            try early.accept(number, by: clerk)
            _ = try tx.backdated(to: at(day.adding(days: 1))).review(number, by: reviewer, findings: "材料齐全")
            if index % 25 == 24 {
                try tx.backdated(to: at(day.adding(days: 2))).reject(number, by: approver, reason: "产地证明不符")
                continue
            }
            try tx.backdated(to: at(day.adding(days: 2))).approve(number, by: approver)
            let granting = tx.backdated(to: at(day.adding(days: 10)))
            let licence = try granting.closePublicity(number, by: approver).number
            let batch = try granting.issueBatch(licence: licence, count: labelsPerLicence, by: printer)
            if codes.count < scanCount / 4 { codes.append(batch.codes.first) }
            granted.append(licence)
        }
    }
}
// Withdrawals come last: a revocation bars its operator's later applications.
try registry.write { tx in
    for (index, licence) in granted.enumerated() {
        if index % 40 == 1 {
            _ = try tx.suspend(licence, by: approver, reason: "标识使用不规范", correctionDeadline: today.adding(days: 30))
        } else if index % 97 == 3 {
            _ = try tx.revoke(licence, by: approver, category: .labelMisuse, reason: "超范围使用标识")
        } else if index % 150 == 7 {
            _ = try tx.surrender(licence, by: clerk, reason: "经营主体停止经营")
        }
    }
}
let scanStart = at(Day("2025-09-20")!)
try registry.recordScans((0..<scanCount).map { index in
    LabelScan(code: codes[index % codes.count], at: scanStart.addingTimeInterval(Double(index) * 360 * 86_400 / Double(scanCount)),
              client: "bench", outcome: .valid)
}, heuristics: try ServerConfiguration(schemas: schemas).copyHeuristics)
let (licences, labels) = try registry.read { tx in (try tx.licenceTally().total, try tx.activity(from: Day("2000-01-01")!, through: today).labelsIssued) }
report("registry built: \(licences) licences, \(labels) labels, \(scanCount) scans", seconds(building), "s")

let server = try await RegistryServer(registry: registry, configuration: try ServerConfiguration(schemas: schemas))
guard let dashboard = ConsoleDashboard(server: server) else { fatalError("the service was configured without its console") }
let account = StaffAccount(name: "审计员", roles: [.auditor], passwordHash: "", createdAt: now)
var times: [Double] = []
var size = 0
for _ in 0..<runs {
    let start = ContinuousClock.now
    size = try await dashboard.page(for: account).utf8.count
    times.append(seconds(start) * 1000)
}
times.sort()
report("dashboard page (\(size / 1024) KiB), median of \(runs)", times[times.count / 2], "ms")
report("dashboard page, worst of \(runs)", times.last!, "ms")
report("dashboard page, best of \(runs)", times.first!, "ms")
