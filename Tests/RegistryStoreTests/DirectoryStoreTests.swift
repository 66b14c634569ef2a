import Foundation
import Testing
import RegistryCore
import RegistryStore
import RegistryFixtures

@Suite struct DirectoryStoreTests {
    /// The status filter in SQL selects exactly the licences whose `displayStatus(of:)` has that state,
    /// under a valid region title and under a suspended one.
    @Test func statusFilterAgreesWithTheCascade() throws {
        let fixture = try DirectoryFixture()
        func check() throws {
            try fixture.registry.read { tx in
                let shown = try tx.licences().map { ($0.number, try tx.displayStatus(of: $0).state) }
                for state in DisplayStatus.State.allCases {
                    let listed = try tx.directoryEntries(DirectoryFilter(status: state)).map(\.licence.number)
                    #expect(Set(listed) == Set(shown.filter { $0.1 == state }.map(\.0)), "\(state)")
                }
            }
        }
        try check()
        let admin = try Actor(name: "管理员", role: .admin)
        var title = try fixture.registry.read { try $0.regionTitle() }
        title.standing = .suspended
        try fixture.registry.write { try $0.setRegionTitle(title, by: admin, reason: "复查整改") }
        try check()
        #expect(try fixture.registry.read { try $0.directoryEntries(DirectoryFilter(status: .suspended)).count } == 3)
    }

    @Test func directoryPagesFiltersAndReadsCrops() throws {
        let fixture = try DirectoryFixture()
        try fixture.registry.read { tx in
            let page = try tx.directory(DirectoryFilter(), page: 2, pageSize: 4)
            #expect(page.total == 6)
            #expect(page.pageCount == 2)
            #expect(page.entries.map(\.licence.number) == [fixture.valid, fixture.expired])
            #expect(try tx.directoryCrops() == ["八棱脆海棠", "苹果", "草莓", "葡萄", "香白杏"].sorted())
            let apples = try tx.directoryEntries(DirectoryFilter(townID: Yanqing.town(named: "井庄镇")!.id, crop: "苹果"))
            #expect(apples.map(\.operatorName) == [DirectoryFixture.scriptName])
            #expect(try tx.directoryEntries(DirectoryFilter(text: "%")).isEmpty)
            #expect(try tx.directoryEntries(DirectoryFilter(text: "yqyb-p")).count == 6)
            #expect(try tx.directoryEntry(fixture.valid.lowercased())?.subjectName == "巨峰葡萄")
            #expect(try tx.directoryEntry("YQYB-P-2026-0404") == nil)
        }
    }

    @Test func publicHistoryHoldsDatesAndCategoriesOnly() throws {
        let fixture = try DirectoryFixture()
        try fixture.registry.read { tx in
            let revoked = try tx.publicHistory(of: tx.licence(fixture.revoked))
            #expect(revoked.map(\.event) == [.granted, .revoked])
            #expect(revoked.map(\.day.description) == ["2026-07-20", "2026-08-20"])
            #expect(revoked.last?.reason == RevocationReason.labelMisuse.chinese)
            let suspended = try tx.publicHistory(of: tx.licence(fixture.suspended))
            let suspension = try #require(suspended.last)
            #expect((suspension.day, suspension.event, suspension.status) == (Day("2026-08-20")!, .suspended, .suspended))
            #expect((suspension.reason, suspension.correctionDeadline) == ("抽检农残超标", Day("2026-10-01")))
            let expired = try tx.publicHistory(of: tx.licence(fixture.expired))
            let lapse = try #require(expired.last)
            #expect((lapse.day, lapse.event, lapse.status, lapse.reason) == (Day("2026-07-15")!, .expired, .expired, nil))
        }
    }
}
