import Foundation
import RegistryCore
import RegistryStore

/// Fills a new registry with three seasons of invented Yanqing data, in one transaction: monitoring
/// stations and their hourly observations, operators with valid USCCs across the towns, products with
/// climate-quality certificates, homestays, dishes, applications in every state, and licences that are
/// active, suspended, revoked, surrendered, renewed and expired; then the scans of the copied example
/// label to the scan log.
struct DemoRegistry {
    let scale: Int
    /// The thresholds of the verification service's copy signals.
    let heuristics: CopyHeuristics

    /// What the demo created.
    struct Summary: Encodable {
        var operators = 0
        var subjects = 0
        var applications: [String: Int] = [:]
        var licences: [String: Int] = [:]
        var auditEvents = 0
        var examples: [String: String] = [:]
        var labels: [String: Int] = [:]
        var labelExamples: [String: String] = [:]

        var text: String {
            """
            演示登记库已生成 demo registry filled:
              经营主体 operators     \(operators)
              认证对象 subjects      \(subjects)
              申请 applications      \(applications.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
              许可 licences          \(licences.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
              标签 labels            \(labels.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
              审计事件 audit events  \(auditEvents)
            试一试 try: \(examples.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "; "))
            标签码 label codes to try:
            \(labelExamples.sorted { $0.key < $1.key }.map { "  \($0.key): oxlabel labels show \($0.value)" }.joined(separator: "\n"))
            """
        }
    }

    func fill(_ registry: Registry) throws -> Summary {
        guard try registry.read({ try $0.recordCounts().operators == 0 }) else { throw DemoError.registryNotEmpty(path: registry.path) }
        let (summary, scans) = try registry.write { tx in
            try Self.recordTitle(tx)
            var builder = DemoBuilder(tx: tx, rng: SeededGenerator(seed: 20_201_201))
            try DemoObservations.load(into: tx, years: (builder.season - 2)...builder.season, today: builder.today)
            for round in 0..<max(1, scale) { try builder.addRound(round) }
            try builder.issueLabels()
            try builder.withdrawSome()
            return (try builder.summary(), builder.copiedScans)
        }
        try registry.recordScans(scans, heuristics: heuristics)
        return summary
    }
}

extension DemoRegistry {
    static let titleAdmin = "孙磊"

    /// The title of `rules/region-title.json` carried forward by passed rechecks until it is valid today,
    /// recorded on its last recheck; inside the warning lead, its next recheck is recorded as applied for.
    static func recordTitle(_ tx: RegistryTransaction) throws {
        let admin = try Actor(name: titleAdmin, role: .admin)
        let rules = tx.configuration.regionTitle
        let title = rules.title(validOn: tx.today)
        if title != rules.title {
            try tx.backdated(to: (title.lastRecheckOn ?? tx.today).start.addingTimeInterval(10 * 3600))
                .setRegionTitle(title, by: admin, reason: "中国气象局复查通过，有效期至 \(title.validUntil)")
        }
        if case .dueForRecheck = title.phase(on: tx.today) {
            let pending = try title.recording(.pending, on: tx.today, validUntil: nil)
            try tx.setRegionTitle(pending, by: admin, reason: "已向中国气象局提交天然氧吧称号复查申请")
        }
    }
}

/// The demo needs an empty registry.
enum DemoError: UserFacingError {
    case registryNotEmpty(path: String)

    var chinese: String {
        switch self { case .registryNotEmpty(let path): "\(path) 已有数据；演示数据只写入新的登记库（换一个 --data 路径）" }
    }

    var english: String {
        switch self { case .registryNotEmpty(let path): "\(path) already holds data; the demo fills a new registry only (use another --data path)" }
    }
}
