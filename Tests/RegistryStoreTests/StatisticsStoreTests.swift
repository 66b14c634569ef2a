import Foundation
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

@Suite struct StatisticsStoreTests {
    static let third = Quarter(year: 2026, quarter: 3)!

    /// An active licence granted in August, 21 labels issued on 1 September, three scans of two of
    /// them and one report of a suspected copy, and a second application rejected in September.
    private func busyRegistry() throws -> (StoreFixture, Registry) {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let registry = try fixture.open(on: "2026-09-01")
        let batch = try registry.write { try $0.issueBatch(licence: licence, count: 21, by: StoreFixture.printer) }
        let first = batch.codes.first, at = Day("2026-09-02")!.start.addingTimeInterval(3600)
        try registry.recordScans([LabelScan(code: first, at: at, client: "t", outcome: .valid),
                                  LabelScan(code: first, at: at.addingTimeInterval(60), client: "t", outcome: .valid),
                                  LabelScan(code: batch.codes.last, at: at, client: "t", outcome: .valid)],
                                 heuristics: try CopyHeuristics.load(StoreFixture.schemas.appendingPathComponent("verification/copied-codes.json")))
        try registry.write { tx in try tx.recordLabelReport(code: first, text: "同一枚码在两家超市出现", client: "t") }
        let uscc = USCC.completing("93110119MA01WXYK1")!.value
        let grower = try Operator(uscc: uscc, name: "延庆区四海花卉合作社", kind: .cooperative, town: "四海镇", address: "四海村 1 号")
        try registry.write { tx in
            try tx.addOperator(grower, by: StoreFixture.clerk)
            let subject = try tx.addSubject(try Subject(operatorID: grower.uscc, name: "四海菊花茶", town: "四海镇", details: .product(ProductDetails(
                crop: "菊花", variety: "万寿菊", plot: "南坡", location: GeoPoint(latitude: 40.52, longitude: 116.41), areaMu: 20,
                season: 2026, expectedOutputKg: 1000, packSizeKg: 1))), by: StoreFixture.clerk)
            let number = try tx.apply(subjectID: subject.id, evidence: [], by: StoreFixture.clerk).number
            try tx.accept(number, by: StoreFixture.clerk)
            try tx.reject(number, by: StoreFixture.approver, reason: "材料不全")
        }
        return (fixture, registry)
    }

    @Test func quarterCountsWhatHappenedInItAndNothingOutside() throws {
        let (_, registry) = try busyRegistry()
        let figures = try registry.read { tx in
            try tx.quarterFigures(Self.third, months: Self.third.months, environment: try tx.environmentReport(year: 2025))
        }
        let activity = figures.activity
        #expect(activity.applicationsReceived == 2)
        #expect(activity.applicationsApproved == 1)
        #expect(activity.applicationsRejected == 1)
        #expect(activity.licencesGranted == 1)
        #expect(activity.labelsIssued == 21)
        #expect(activity.scans == 3)
        #expect(activity.labelsFirstScanned == 2)
        #expect(activity.copiedCodeReports == 1)
        #expect(figures.months.map(\.month.month) == [7, 8, 9])
        #expect(figures.months.map(\.activity.applicationsReceived) == [0, 1, 1])
        #expect(figures.months.map(\.activity.labelsIssued) == [0, 0, 21])
        #expect(figures.months.map(\.activity.scans) == [0, 0, 3])
        #expect(figures.applicationStates[.granted] == 1 && figures.applicationStates[.rejected] == 1)
        #expect(figures.environment.year == 2025)
        #expect(try registry.read { try $0.observationDataVersion() } == 0)

        let second = try registry.read { try $0.activity(from: Day("2026-04-01")!, through: Day("2026-06-30")!) }
        #expect(second == PeriodActivity(first: Day("2026-04-01")!, last: Day("2026-06-30")!))
    }

    @Test func licencesAreTalliedByKindTownAndShownStatus() throws {
        let (fixture, _) = try busyRegistry()
        let now = try fixture.open(on: "2026-09-01").read { try $0.licenceTally() }
        #expect(now.total == 1)
        #expect(now.byKind.first { $0.kind == .product }?.count == 1)
        #expect(now.byKind.first { $0.kind == .homestay }?.count == 0)
        #expect(now.byStatus.first { $0.status == .active }?.count == 1)
        let town = now.byTown.first { $0.town.name == "张山营镇" }
        #expect(town?.count == 1 && town?.inForce == 1)
        #expect(now.byTown.count == Yanqing.towns.count)

        let later = try fixture.open(on: "2028-01-01").read { try $0.licenceTally() }
        #expect(later.byStatus.first { $0.status == .expired }?.count == 1)
        #expect(later.byTown.first { $0.town.name == "张山营镇" }?.inForce == 0)
    }

    @Test func auditSearchFiltersByActorActionAndDaysAndPages() throws {
        let (_, registry) = try busyRegistry()
        try registry.read { tx in
            let all = try tx.auditEvents(matching: AuditFilter(), offset: 0, limit: 5)
            #expect(all.events.count == 5)
            #expect(all.total == Int(all.events[0].sequence))
            let rest = try tx.auditEvents(matching: AuditFilter(), offset: 5, limit: 1000)
            #expect(rest.events.count == all.total - 5)
            #expect(Set(all.events.map(\.sequence)).isDisjoint(with: rest.events.map(\.sequence)))

            let byPrinter = try tx.auditEvents(matching: AuditFilter(actor: StoreFixture.printer.name), offset: 0, limit: 50)
            #expect(byPrinter.total == 1 && byPrinter.events.allSatisfy { $0.actor == "孙丽" && $0.action.rawValue == "issueLabels" })
            let rejections = try tx.auditEvents(matching: AuditFilter(action: .rejectApplication), offset: 0, limit: 50)
            #expect(rejections.total == 1)
            let august = try tx.auditEvents(matching: AuditFilter(from: Day("2026-08-11"), through: Day("2026-08-11")), offset: 0, limit: 50)
            #expect(august.total > 0 && august.events.allSatisfy { Day($0.at) == Day("2026-08-11")! })
            let none = try tx.auditEvents(matching: AuditFilter(actor: "' OR 1=1 --"), offset: 0, limit: 50)
            #expect(none.total == 0 && none.events.isEmpty)
            #expect(try tx.auditActions().contains(.issueLabels))
        }
    }

    @Test func observationDataVersionMovesWhenAStationIsRegistered() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let before = try registry.read { try $0.observationDataVersion() }
        _ = try fixture.grapeSubject(registry)
        #expect(try registry.read { try $0.observationDataVersion() } == before)
        _ = try registry.write { try $0.addStation(ClimateFixture.weather, by: StoreFixture.meteorologist) }
        #expect(try registry.read { try $0.observationDataVersion() } > before)
    }

    @Test func quarterIsReadFromTextOrRefusedInChinese() throws {
        #expect(try Quarter(year: "2026", quarter: "3") == Self.third)
        #expect(Self.third.firstDay == Day("2026-07-01")! && Self.third.lastDay == Day("2026-09-30")!)
        #expect(Quarter(year: 2026, quarter: 1)!.previous == Quarter(year: 2025, quarter: 4)!)
        #expect(Quarter(year: 2025, quarter: 4)!.next == Quarter(year: 2026, quarter: 1)!)
        for (year, quarter) in [("abc", "1"), ("1999", "1"), ("", "2"), (nil, "2"), ("2026", "5"), ("2026", "0"), ("2026", "第三"), ("2026", nil)] {
            #expect(throws: RegistryError.self) { try Quarter(year: year, quarter: quarter) }
        }
        do {
            _ = try Quarter(year: "2026", quarter: "9")
        } catch {
            #expect(error.chinese.contains("季度"))
        }
        #expect(CalendarMonth(year: 2026, month: 2)!.trailing(3).map(\.description) == ["2025-12", "2026-01", "2026-02"])
    }
}
