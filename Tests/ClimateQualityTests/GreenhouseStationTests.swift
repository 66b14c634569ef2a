import Foundation
import Testing
import RegistryCore
@testable import ClimateQuality

/// A crop grown under cover is assessed on a sensor inside the greenhouse (设施内传感器), never on an
/// open-air station, and an open-air crop never on a greenhouse sensor.
@Suite struct GreenhouseStationTests {
    static let models = try! CropModelLoader.loadAll(in: Fixtures.cropsDirectory)
    static let strawberry = models.first { $0.id == "strawberry" }!
    static let grape = models.first { $0.id == "grape" }!
    static let greenhouse = DemoNetwork.stations.first { $0.id == "YQ201" }!
    static let kangzhuang = DemoNetwork.stations.first { $0.id == "YQ007" }!

    @Test func aGreenhouseSensorServesOnlyGreenhouseCrops() {
        #expect(Station.Kind.greenhouse.serves(.greenhouse))
        #expect(!Station.Kind.greenhouse.serves(.weather) && !Station.Kind.greenhouse.serves(.nai))
        #expect(!Station.Kind.both.serves(.greenhouse) && !Station.Kind.weather.serves(.greenhouse))
        #expect(Station.Kind.both.serves(.weather) && Station.Kind.both.serves(.nai))
        #expect(Station.Kind.greenhouse.chinese == "设施内传感器")
    }

    @Test func theStrawberryModelRequiresAGreenhouseSensor() throws {
        #expect(Self.strawberry.requiredStationKind == .greenhouse)
        #expect(Self.grape.requiredStationKind == .weather)
        try Self.strawberry.accept(Self.greenhouse)
        try Self.grape.accept(Self.kangzhuang)
        #expect(throws: ClimateQualityError.self) { try Self.grape.accept(Self.greenhouse) }
    }

    @Test func theAssessmentRefusesAnOpenAirStationWithAReasonToActOn() throws {
        let choice = StationChoice(station: Self.kangzhuang, isInsideArea: false, distance: 800, heightDifference: 0, rule: .districtDefault)
        let error = try #require(throws: ClimateQualityError.self) {
            _ = try SeasonAssessor().assess(Self.strawberry, seasonYear: 2025, series: DemoDataTests.series("YQ007"), station: choice)
        }
        #expect(error == .wrongStationKind(crop: "草莓（日光温室）", modelID: "strawberry", stationName: "康庄", stationID: "YQ007",
                                           kind: .both, required: .greenhouse))
        #expect(error.chinese.contains("草莓（日光温室） 须用设施内传感器的观测资料评估"))
        #expect(error.chinese.contains("康庄 (YQ007) 是气象与负氧离子站"))
        #expect(error.chinese.contains("请在温室内安装并登记设施内传感器（类别 greenhouse）"))
        #expect(error.english.contains("greenhouse sensor"))
    }

    @Test func withoutASensorNearTheSelectorSaysWhatIsMissing() throws {
        let area = ProductionArea(name: "小丰营村东坡地块", centre: Self.kangzhuang.location, elevation: 490)
        let error = try #require(throws: ClimateQualityError.self) {
            _ = try StationSelector().choose(for: area, among: [Self.kangzhuang], observing: Self.strawberry.requiredStationKind)
        }
        #expect(error.chinese.contains("没有可代表的设施内传感器"))
        #expect(error.chinese.contains("请在温室内安装并登记设施内传感器"))
    }

    @Test func aModelMayOnlyRequireAWeatherStationOrAGreenhouseSensor() throws {
        let json = Fixtures.twoIndicatorModel(temperatureWeight: 0.5, sunshineWeight: 0.5)
        let greenhouse = try Fixtures.model(json.replacingOccurrences(of: #""source":"unit test","#, with: #""source":"unit test","stationKind":"greenhouse","#))
        #expect(greenhouse.requiredStationKind == .greenhouse)
        let error = try #require(throws: ClimateQualityError.self) {
            _ = try Fixtures.model(json.replacingOccurrences(of: #""source":"unit test","#, with: #""source":"unit test","stationKind":"nai","#))
        }
        guard case .cropModelInvalid(_, let path, _) = error else { Issue.record("\(error)"); return }
        #expect(path == "stationKind")
        #expect(throws: ClimateQualityError.self) {
            _ = try Fixtures.model(json.replacingOccurrences(of: #""source":"unit test","#, with: #""source":"unit test","stationKind":"tent","#))
        }
    }

    /// The demo's greenhouse: winter nights around 5–10 ℃, days 20–28 ℃, humid; the strawberry season
    /// graded on it comes out 特优 or 优 (the model's optimum is 20–25 ℃ by day, 5–10 ℃ at night, RH ≤ 80 %).
    @Test func theDemoGreenhouseIsPlausibleAndGradesItsStrawberries() throws {
        let series = DemoDataTests.series("YQ201")
        let winter = DateRange(first: Fixtures.date("2024-12-01"), last: Fixtures.date("2025-01-31"))
        func mean(_ element: ObservationElement) -> Double {
            let values = series.validValues(element, in: winter)
            return values.reduce(0, +) / Double(values.count)
        }
        #expect((5...10).contains(mean(.minimumTemperature)), "nights \(mean(.minimumTemperature))")
        #expect((20...28).contains(mean(.maximumTemperature)), "days \(mean(.maximumTemperature))")
        #expect((75...92).contains(mean(.humidity)), "humidity \(mean(.humidity))")
        let choice = StationChoice(station: Self.greenhouse, isInsideArea: false, distance: 300, heightDifference: 0, rule: .districtDefault)
        let assessment = try SeasonAssessor().assess(Self.strawberry, seasonYear: 2025, series: series, station: choice)
        let grade = try #require(assessment.grade, "\(assessment.outcome)")
        #expect(grade >= .veryGood, "\(assessment.outcome)")
    }
}
