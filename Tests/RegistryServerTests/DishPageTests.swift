import Testing
import RegistryCore
import RegistryFixtures
import RegistryStore
@testable import RegistryServer

@Suite struct DishPageTests {
    /// The page behind a dish's table card lists each declared ingredient with its share of the declared
    /// weight and, for one from a licensed product, that licence (linked) with the status its labels show
    /// today; an ingredient from no licensed product has its share alone.
    @Test func aDishsPageListsItsIngredientsWithTheirProductsLicences() async throws {
        let harness = try await ServerHarness()
        let fixture = harness.fixture
        let registry = try fixture.store.open(on: DirectoryFixture.today)
        let (grape, apple) = try registry.read { (try $0.licence(fixture.valid).subjectID, try $0.licence(fixture.suspended).subjectID) }
        var generator = SeededGenerator(seed: 13)
        let uscc = try #require(USCC.completing("92110229MA01DXHN1"))
        let code = try registry.write { tx in
            let intake = tx.backdated(to: DirectoryFixture.morning("2026-07-20"))
            let restaurant = try Operator(uscc: uscc.value, name: "延庆区妫水人家餐厅", kind: .restaurant,
                                          town: "延庆镇", address: "延庆镇妫水北街 1 号")
            try intake.addOperator(restaurant, by: StoreFixture.clerk)
            let dish = try intake.addSubject(Subject(operatorID: restaurant.uscc, name: "葡萄苹果沙拉", town: "延庆镇", details: .dish(DishDetails(
                restaurant: "妫水人家", ingredients: [Ingredient(name: "巨峰葡萄", grams: 300, sourceSubjectID: grape),
                                                    Ingredient(name: "旧县红富士", grams: 60, sourceSubjectID: apple),
                                                    Ingredient(name: "<b>白糖</b>", grams: 40)]))), by: StoreFixture.clerk)
            let evidence = [try Evidence(kind: .foodBusinessLicence, reference: "JY11102290000001", validUntil: Day("2030-12-31"))]
            return try DirectoryFixture.license(dish.id, in: tx, on: "2026-07-20", evidence: evidence, codes: &generator).1[0]
        }
        let page = try await harness.get("/V/\(code.text)").text
        #expect(page.contains("<dt>食材来源</dt>"))
        #expect(page.contains("<li><span class=\"name\">巨峰葡萄</span> <span class=\"share\">75%</span> · "
                              + "<a href=\"/licence/\(fixture.valid)\">\(fixture.valid)</a> <span class=\"badge valid\">有效</span></li>"))
        #expect(page.contains("<li><span class=\"name\">旧县红富士</span> <span class=\"share\">15%</span> · "
                              + "<a href=\"/licence/\(fixture.suspended)\">\(fixture.suspended)</a> <span class=\"badge suspended\">已暂停</span></li>"))
        #expect(page.contains("<li><span class=\"name\">&lt;b&gt;白糖&lt;/b&gt;</span> <span class=\"share\">10%</span></li>"))
        let english = try await harness.get("/V/\(code.text)?lang=en").text
        #expect(english.contains("<dt>Ingredients</dt>") && english.contains("href=\"/licence/\(fixture.valid)?lang=en\"")
                && english.contains("<span class=\"badge suspended\">Suspended</span>"))
        // A product's page lists none.
        #expect(try await !harness.get("/V/\(fixture.labels["valid"]!.text)").text.contains("<dt>食材来源</dt>"))
    }
}
