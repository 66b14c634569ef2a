import Foundation
import RegistryCore
import RegistryFixtures
import RegistryStore
import Testing
@testable import RegistryServer

/// The work queue: counts by state, filters and overdue markers.
@Suite struct ConsoleQueueTests {
    /// Two applications in two towns: one submitted, one in publicity.
    @Test func countsFiltersAndOverdueMarkers() async throws {
        let harness = try await ConsoleHarness()
        let inPublicity = try ConsoleApplicationTests.application(at: .publicity, harness)
        let grower = USCC.completing("93110119MA01PQRT2")!.value
        let submitted = try harness.registry.write { tx in
            let holder = try Operator(uscc: grower, name: "八达岭苹果合作社", kind: .cooperative, town: "八达岭镇", address: "石峡村")
            try tx.addOperator(holder, by: StoreFixture.clerk)
            let subject = try tx.addSubject(try Subject(operatorID: holder.uscc, name: "八达岭红富士", town: "八达岭镇", details: .product(ProductDetails(
                crop: "苹果", variety: "红富士", plot: "北坡", location: GeoPoint(latitude: 40.36, longitude: 116.0), areaMu: 50,
                season: 2026, expectedOutputKg: 50_000, packSizeKg: 5))), by: StoreFixture.clerk)
            return try tx.apply(subjectID: subject.id, evidence: StoreFixture.goodEvidence, by: StoreFixture.clerk).number
        }
        let clerk = try await harness.signedIn("王芳", roles: [.clerk])
        let queue = try await clerk.get("/console")
        #expect(queue.status == 200)
        #expect(queue.text.contains(inPublicity) && queue.text.contains(submitted))
        #expect(queue.text.contains("公示中 <b>1</b>") && queue.text.contains("已提交 <b>1</b>"))
        #expect(!queue.text.contains("超期："))

        let zhangshanying = try #require(Yanqing.town(named: "张山营镇")).id
        let filtered = try await clerk.get("/console?town=\(zhangshanying)")
        #expect(filtered.text.contains(inPublicity) && !filtered.text.contains(submitted))
        #expect(filtered.text.contains("已提交 <b>0</b>"))
        let byState = try await clerk.get("/console?state=submitted")
        #expect(byState.text.contains(submitted) && !byState.text.contains(inPublicity))
        let homestays = try await clerk.get("/console?kind=homestay")
        #expect(!homestays.text.contains(inPublicity) && !homestays.text.contains(submitted))

        harness.clock.set(day: "2026-08-20")
        let later = try await harness.login("王芳")
        let overdue = try await later.get("/console")
        #expect(overdue.text.contains("超期：公示已于"))
        #expect(overdue.text.contains("超期：提交超过 5 个工作日未受理"))
        let old = try await later.get("/console?age=7")
        #expect(old.text.contains(submitted))
        let older = try await later.get("/console?age=30")
        #expect(!older.text.contains(submitted))
        let nonsense = try await later.get("/console?town=%3Cb%3E&kind=x&age=-1&state=nope")
        #expect(nonsense.status == 200 && nonsense.text.contains(submitted))
    }

    @Test func staffWithoutApplicationRolesSeeTheirSectionsInstead() async throws {
        let harness = try await ConsoleHarness()
        _ = try ConsoleApplicationTests.application(at: .submitted, harness)
        let printer = try await harness.signedIn("孙丽", roles: [.printer]).get("/console")
        #expect(printer.status == 200)
        #expect(!printer.text.contains("SQ-2026"))
        #expect(printer.text.contains("请从上方选择要办理的事项"))
    }
}
