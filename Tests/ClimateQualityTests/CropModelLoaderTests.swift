import Foundation
import Testing
@testable import ClimateQuality

@Suite struct CropModelLoaderTests {
    @Test func allShippedModelsLoad() throws {
        let models = try CropModelLoader.loadAll(in: Fixtures.cropsDirectory)
        #expect(models.map(\.code).sorted() == ["CM", "HT", "PG", "PT", "XB"])
        for model in models {
            #expect(model.status == "district-default-unconfirmed")
            #expect(!model.vetoes.isEmpty)
        }
    }

    @Test func strawberrySeasonStartsInThePreviousYear() throws {
        let model = try CropModelLoader.load(contentsOf: Fixtures.cropsDirectory.appendingPathComponent("strawberry.json"))
        let windows = model.windows(seasonYear: 2025)
        #expect(windows[0] == DateRange(first: Fixtures.date("2024-12-01"), last: Fixtures.date("2025-01-31")))
        #expect(windows[1].last == Fixtures.date("2025-04-30"))
    }

    /// A valid model text with one substitution applied.
    static func broken(_ original: String, _ replacement: String) -> String {
        let valid = Fixtures.twoIndicatorModel(temperatureWeight: 0.5, sunshineWeight: 0.5)
        precondition(valid.contains(original))
        return valid.replacingOccurrences(of: original, with: replacement)
    }

    @Test(arguments: [
        ("\"sunshineHours\",\"weight\":0.5", "\"sunshineHours\",\"weight\":0.4", "stages[0].indicators", "sum to 0.9"),
        ("\"weight\":1,", "\"weight\":0.8,", "stages", "sum to 0.8"),
        ("{\"score\":3,\"from\":15,\"to\":20}", "{\"score\":3,\"from\":16,\"to\":20}", "stages[0].indicators[0].bands[2].from", "gap"),
        ("{\"score\":3,\"from\":15,\"to\":20}", "{\"score\":3,\"from\":14,\"to\":20}", "stages[0].indicators[0].bands[2].from", "overlaps"),
        ("{\"score\":4,\"from\":20}]", "{\"score\":4,\"from\":20,\"to\":30}]", "stages[0].indicators[0].bands[3].to", "open above"),
        ("{\"score\":1,\"to\":10}", "{\"score\":5,\"to\":10}", "stages[0].indicators[0].bands[0].score", "1, 2, 3 or 4"),
        ("\"kind\":\"meanTemperature\"", "\"kind\":\"meanTemprature\"", "stages[0].indicators[0].kind", "unknown indicator kind"),
        ("\"end\":\"06-10\"", "\"end\":\"06-31\"", "stages[0].end", "not a day MM-DD"),
        ("\"code\":\"TS\"", "\"code\":\"ts\"", "code", "two capital letters"),
        ("\"version\":\"1\",", "", "version", "missing"),
        ("\"kind\":\"sunshineHours\"", "\"kind\":\"rainDays\"", "stages[0].indicators[1].threshold", "needs a threshold"),
        ("\"name\":\"日照\"", "\"name\":\"日照\",\"colour\":\"red\"", "stages[0].indicators[1].colour", "unknown property"),
    ])
    func brokenModelsAreRefusedWithPathAndReason(original: String, replacement: String, path: String, reason: String) {
        let error = #expect(throws: ClimateQualityError.self) {
            try Fixtures.model(Self.broken(original, replacement), file: "broken.json")
        }
        guard case .cropModelInvalid(let file, let foundPath, let foundReason)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(file == "broken.json")
        #expect(foundPath == path)
        #expect(foundReason.contains(reason), "\(foundReason)")
    }

    @Test func vetoAndDisasterStagesMustExist() {
        let vetoed = Fixtures.twoIndicatorModel(temperatureWeight: 0.5, sunshineWeight: 0.5,
                                                vetoes: #"[{"stage":"ripening","cap":"优","source":"t"}]"#)
        #expect(throws: ClimateQualityError.cropModelInvalid(file: "test.json", path: "vetoes[0].stage",
                                                             reason: "no stage \"ripening\"")) {
            try Fixtures.model(vetoed)
        }
        let disaster = Fixtures.twoIndicatorModel(temperatureWeight: 0.5, sunshineWeight: 0.5,
                                                  disasters: #"[{"kind":"hail","stages":[]}]"#)
        #expect(throws: ClimateQualityError.cropModelInvalid(file: "test.json", path: "disasters[0].stages",
                                                             reason: "name at least one key stage")) {
            try Fixtures.model(disaster)
        }
    }

    @Test func notJSONIsRefused() {
        #expect(throws: ClimateQualityError.cropModelInvalid(file: "x.json", path: "", reason: "not valid JSON")) {
            try CropModelLoader.load(data: Data("{".utf8), file: "x.json")
        }
    }
}
