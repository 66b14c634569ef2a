import Foundation
import GRDB
import RegistryFixtures
import Testing
import RegistryCore
@testable import RegistryStore

/// The region title in the registry: recorded from `rules/region-title.json` when a registry is first
/// opened (new, or made before titles were recorded), its recheck recorded and audited, and what the
/// labels resting on it show over its term.
@Suite struct RegionTitleStoreTests {
    static let admin = try! Actor(name: "孙磊", role: .admin)

    private func storedBody(_ fixture: StoreFixture) throws -> String? {
        try DatabaseQueue(path: fixture.path).read { try String.fetchOne($0, sql: "SELECT body FROM region_title WHERE id = 1") }
    }

    @Test func aNewRegistryRecordsTheTitleOfTheRulesFileWithoutAnAuditEvent() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let rules = registry.configuration.regionTitle
        let title = try registry.read { try $0.regionTitle() }
        #expect(title == rules.title)
        #expect(title.validUntil == rules.validUntil && title.terms.graceDays == rules.graceDays && title.recheck == nil)
        #expect(try storedBody(fixture) != nil)
        #expect(try registry.read { try $0.recordCounts().auditEvents } == 0)
        let before = try fixture.dump()
        _ = try fixture.open(on: "2027-03-01")
        #expect(try fixture.dump() == before)
    }

    @Test func aRegistryWithoutARecordedTitleRecordsItWhenNextOpened() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        try fixture.tamper("DELETE FROM region_title")
        #expect(try storedBody(fixture) == nil)
        let registry = try fixture.open(on: "2027-03-01")
        #expect(try storedBody(fixture) != nil)
        let status = try registry.read { try $0.displayStatus(of: try $0.licence(licence)) }
        #expect(status.state == .suspended && status.source == .regionTitle)
        #expect(status.reason == "延庆区中国天然氧吧称号已于 \(registry.configuration.regionTitle.validUntil) 到期，未登记复查申请")
    }

    @Test func aTitleRecordedBeforeTitlesCarriedTermsKeepsItsFactsAndGainsTheTerms() throws {
        let fixture = StoreFixture()
        _ = try fixture.open()
        try fixture.tamper("""
            UPDATE region_title SET body = '{"awardedOn":"2020-12-01","lastRecheckOn":"2023-12-15","validUntil":"2026-12-31","standing":"suspended","note":"复查整改"}'
            """)
        let registry = try fixture.open()
        let title = try registry.read { try $0.regionTitle() }
        #expect(title.standing == .suspended && title.note == "复查整改" && title.recheck == nil)
        #expect(title.terms == registry.configuration.regionTitle.terms)
        #expect(try storedBody(fixture)?.contains("\"terms\"") == true)
    }

    @Test func labelsFollowTheTitleThroughItsRecheck() throws {
        let fixture = StoreFixture()
        let licence = try fixture.activeLicence()
        let clock = TestClock(day: "2026-12-02")
        let registry = try fixture.open(clock: clock)
        let batch = try registry.write { try $0.issueBatch(licence: licence, count: 10, by: StoreFixture.printer) }
        let code = batch.codes.first
        func shown() throws -> DisplayStatus { try registry.read { try $0.displayStatus(ofLabel: code).status } }

        #expect(try shown() == DisplayStatus(state: .valid, source: .regionTitle))
        #expect(try registry.read { try $0.regionTitle().warning(on: $0.today) }?.contains("还剩 29 天") == true)
        try registry.write { tx in
            try tx.setRegionTitle(try tx.regionTitle().recording(.pending, on: tx.today, validUntil: nil), by: Self.admin, reason: "已提交复查申请")
        }
        clock.set(day: "2027-03-01")
        let grace = try shown()
        #expect(grace.state == .valid && grace.notice == .regionTitleUnderRecheck(graceEndsOn: Day("2027-06-29")!))
        #expect(try registry.read { try $0.directoryEntries(DirectoryFilter(status: .valid)).map(\.licence.number) } == [licence])

        clock.set(day: "2027-06-30")
        #expect(try shown().state == .suspended)

        clock.set(day: "2027-03-01")
        try registry.write { tx in
            try tx.setRegionTitle(try tx.regionTitle().recording(.failed, on: tx.today, validUntil: nil), by: Self.admin, reason: "复查未通过")
        }
        #expect(try shown().reason == "延庆区中国天然氧吧称号复查未通过")
        try registry.write { tx in
            try tx.setRegionTitle(try tx.regionTitle().recording(.passed, on: tx.today, validUntil: Day("2029-12-31")), by: Self.admin, reason: "复核通过")
        }
        #expect(try shown() == DisplayStatus(state: .valid, source: .regionTitle))
        try registry.read { tx in
            let events = try tx.auditEvents(entity: .regionTitle)
            #expect(events.count == 3 && events.allSatisfy { $0.action.rawValue == "setRegionTitle" })
            #expect(try tx.verifyAudit().isIntact)
        }
    }

    @Test func onlyTheAdministratorRecordsTheRecheck() throws {
        let fixture = StoreFixture()
        let registry = try fixture.open()
        let before = try fixture.dump()
        #expect(throws: RegistryError.self) {
            try registry.write { tx in
                try tx.setRegionTitle(try tx.regionTitle().recording(.pending, on: tx.today, validUntil: nil), by: StoreFixture.clerk, reason: "申请")
            }
        }
        #expect(try fixture.dump() == before)
    }
}
