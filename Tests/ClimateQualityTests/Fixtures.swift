import Foundation
@testable import ClimateQuality

/// Shared test data: stations, daily series built from closures, models from JSON text.
enum Fixtures {
    static let station = Station(id: "S1", name: "测试站", townID: "110119105",
                                 location: GeoCoordinate(latitude: 40.48, longitude: 115.86), elevation: 520, kind: .weather)

    static let choice = StationChoice(station: station, isInsideArea: true, distance: 0, heightDifference: 0,
                                      rule: .districtDefault)

    /// The repository's `Schemas/crops`.
    static let cropsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schemas/crops")

    static func date(_ text: String) -> CivilDate { CivilDate(text: text)! }

    /// A daily series of `S1` over `range`; `fill` gives each day's readings (nil = no row).
    static func series(_ range: DateRange, _ fill: (CivilDate) -> ElementReadings?) -> DailySeries {
        DailySeries(stationID: station.id, days: range.days.compactMap { date in
            fill(date).map { DailyObservation(stationID: station.id, date: date, readings: $0) }
        })
    }

    /// Readings with the given valid values.
    static func readings(_ values: [ObservationElement: Double]) -> ElementReadings {
        var readings = ElementReadings()
        for (element, value) in values { readings[element] = Reading(value) }
        return readings
    }

    static func model(_ json: String, file: String = "test.json") throws(ClimateQualityError) -> CropModel {
        try CropModelLoader.load(data: Data(json.utf8), file: file)
    }

    /// A one-stage model (06-01…06-10): mean temperature ≥ 20 scores 4, and sunshine 60–80 h scores 3,
    /// with the given weights; vetoes and disasters as JSON arrays.
    static func twoIndicatorModel(temperatureWeight: Double, sunshineWeight: Double, vetoes: String = "[]",
                                  disasters: String = "[]") -> String {
        """
        {"id":"test","crop":"测试","code":"TS","version":"1","status":"test","source":"unit test",
         "stages":[{"id":"only","name":"测试","start":"06-01","end":"06-10","weight":1,"indicators":[
           {"id":"t","name":"平均气温","kind":"meanTemperature","weight":\(temperatureWeight),
            "bands":[{"score":1,"to":10},{"score":2,"from":10,"to":15},{"score":3,"from":15,"to":20},{"score":4,"from":20}]},
           {"id":"s","name":"日照","kind":"sunshineHours","weight":\(sunshineWeight),
            "bands":[{"score":1,"to":40},{"score":2,"from":40,"to":60},{"score":3,"from":60,"to":80},{"score":4,"from":80}]}]}],
         "vetoes":\(vetoes),"disasters":\(disasters)}
        """
    }
}
