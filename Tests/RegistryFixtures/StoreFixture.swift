import Foundation
import GRDB
import RegistryCore
import RegistryStore

/// A fresh registry in a temporary folder, with the project's rule files and a fixed clock.
public struct StoreFixture: Sendable {
    public static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schemas")
    /// The project's label templates and artwork.
    public static let labels = schemas.deletingLastPathComponent().appendingPathComponent("Labels")
    public static let clerk = try! Actor(name: "王芳", role: .clerk)
    public static let reviewer = try! Actor(name: "李强", role: .reviewer)
    public static let approver = try! Actor(name: "赵敏", role: .approver)
    public static let secondApprover = try! Actor(name: "周建国", role: .approver)
    public static let printer = try! Actor(name: "孙丽", role: .printer)
    public static let meteorologist = try! Actor(name: "孙卫东", role: .meteorologist)

    public let folder: URL
    public let path: String

    public init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("oxlabel-store-\(UUID().uuidString)")
        path = folder.appendingPathComponent("registry.sqlite").path
    }

    /// Opens the registry with the clock set to a day (09:00 Beijing).
    public func open(on day: String = "2026-08-03") throws -> Registry {
        let date = Day(day)!.start.addingTimeInterval(9 * 3600)
        return try Registry(path: path, configuration: try RegistryConfiguration.load(schemas: Self.schemas, clock: { date }))
    }

    /// Opens the registry with a clock the test moves.
    public func open(clock: TestClock) throws -> Registry {
        try Registry(path: path, configuration: try RegistryConfiguration.load(schemas: Self.schemas, clock: { clock.now }))
    }

    /// Registers a cooperative and its grape subject; returns the subject number.
    public func grapeSubject(_ registry: Registry) throws -> Int64 {
        let uscc = USCC.completing("93110119MA01ABCD1")!.value
        let grower = try Operator(uscc: uscc, name: "延庆区前黑龙庙葡萄种植专业合作社", kind: .cooperative, town: "张山营镇", address: "前黑龙庙村 8 号")
        let subject = try Subject(operatorID: grower.uscc, name: "巨峰葡萄", town: "张山营镇", details: .product(ProductDetails(
            crop: "葡萄", variety: "巨峰", plot: "东坡地块", location: GeoPoint(latitude: 40.49, longitude: 115.87), areaMu: 100,
            season: 2026, expectedOutputKg: 150_000, packSizeKg: 5)))
        return try registry.write { tx in
            try tx.addOperator(grower, by: Self.clerk)
            return try tx.addSubject(subject, by: Self.clerk).id
        }
    }

    public static let goodEvidence = [
        try! Evidence(kind: .greenFood, reference: "GF110229260001", validUntil: Day("2028-12-31")),
        try! Evidence(kind: .foodSafetyTest, reference: "JC-2026-0001", validUntil: Day("2027-06-30"), value: "合格"),
    ]

    /// An application taken to review; returns its number.
    public func reviewedApplication(_ registry: Registry) throws -> String {
        let subject = try grapeSubject(registry)
        return try registry.write { tx in
            let number = try tx.apply(subjectID: subject, evidence: Self.goodEvidence, by: Self.clerk).number
            try tx.accept(number, by: Self.clerk)
            try tx.review(number, by: Self.reviewer, findings: "材料齐全")
            return number
        }
    }

    /// A product licence granted on 2026-08-11 with a quota of 31,500 labels; returns its number.
    public func activeLicence() throws -> String {
        let number = try reviewedApplication(try open())
        try open().write { try $0.approve(number, by: Self.approver) }
        return try open(on: "2026-08-11").write { try $0.closePublicity(number, by: Self.approver) }.number
    }

    /// Every row of every table, as text: equal dumps mean an unchanged registry.
    public func dump() throws -> String {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { table in
                "\(table):" + (try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map(\.description).joined(separator: "\n"))
            }.joined(separator: "\n")
        }
    }

    /// Every row of every table of the scan log beside the registry, as text.
    public func dumpScanLog() throws -> String {
        try DatabaseQueue(path: ScanLog.path(beside: path)).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { table in
                "\(table):" + (try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map(\.description).joined(separator: "\n"))
            }.joined(separator: "\n")
        }
    }

    /// Runs raw SQL on the file, as an intruder with the file would.
    public func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: sql) }
    }
}
