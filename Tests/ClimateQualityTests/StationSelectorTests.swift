import Testing
@testable import ClimateQuality

@Suite struct StationSelectorTests {
    static func station(_ id: String, _ latitude: Double, _ longitude: Double, elevation: Double,
                        kind: Station.Kind = .weather) -> Station {
        Station(id: id, name: "站\(id)", townID: "110119105", location: GeoCoordinate(latitude: latitude, longitude: longitude),
                elevation: elevation, kind: kind)
    }

    static let area = ProductionArea(name: "葡萄园", centre: GeoCoordinate(latitude: 40.48, longitude: 115.86), elevation: 520,
                                     boundary: [GeoCoordinate(latitude: 40.47, longitude: 115.85), GeoCoordinate(latitude: 40.47, longitude: 115.87),
                                                GeoCoordinate(latitude: 40.49, longitude: 115.87), GeoCoordinate(latitude: 40.49, longitude: 115.85)])

    @Test func haversineDistance() {
        let beijing = GeoCoordinate(latitude: 39.9042, longitude: 116.4074)
        let yanqing = GeoCoordinate(latitude: 40.4569, longitude: 115.9750)
        #expect(abs(beijing.distance(to: yanqing) - 71_600) < 500)
        // One minute of latitude is one nautical mile.
        #expect(abs(GeoCoordinate(latitude: 40, longitude: 116).distance(to: GeoCoordinate(latitude: 40 + 1.0 / 60, longitude: 116)) - 1853) < 2)
    }

    @Test func aStationInsideTheAreaWinsOverANearerOneOutside() throws {
        let inside = Self.station("IN", 40.489, 115.869, elevation: 700)
        let outside = Self.station("OUT", 40.4695, 115.860, elevation: 520)
        let noBoundary = ProductionArea(name: "x", centre: Self.area.centre, elevation: 520)
        #expect(try StationSelector().choose(for: Self.area, among: [outside, inside], observing: .weather).station.id == "IN")
        #expect(try StationSelector().choose(for: noBoundary, among: [outside, inside], observing: .weather).station.id == "OUT")
    }

    @Test func theNearestQualifyingStationIsChosenAndNamed() throws {
        let near = Self.station("A", 40.50, 115.86, elevation: 560)
        let nearerButHigh = Self.station("B", 40.49, 115.86, elevation: 640)
        let choice = try StationSelector().choose(for: ProductionArea(name: "x", centre: Self.area.centre, elevation: 520),
                                                  among: [nearerButHigh, near], observing: .weather)
        #expect(choice.station.id == "A")
        #expect(abs(choice.distance - 2_224) < 5)
        #expect(choice.heightDifference == 40)
        #expect(choice.summary == "站A (A)，距产地 2.2 km，高差 40 m")
    }

    @Test func refusalsNameTheNearestCandidate() {
        let area = ProductionArea(name: "苹果园", centre: Self.area.centre, elevation: 520)
        let far = Self.station("FAR", 40.53, 115.86, elevation: 520)
        #expect(throws: ClimateQualityError.noRepresentativeStation(
            area: "苹果园", kind: .weather,
            nearest: .init(stationName: "站FAR", stationID: "FAR", distance: area.centre.distance(to: far.location), heightDifference: 0),
            rule: .districtDefault)) {
            try StationSelector().choose(for: area, among: [far], observing: .weather)
        }
        let high = Self.station("HIGH", 40.49, 115.86, elevation: 621)
        #expect(throws: ClimateQualityError.self) {
            try StationSelector().choose(for: area, among: [high], observing: .weather)
        }
        let naiOnly = Self.station("NAI", 40.48, 115.86, elevation: 520, kind: .nai)
        do {
            _ = try StationSelector().choose(for: area, among: [naiOnly], observing: .weather)
            Issue.record("expected a refusal")
        } catch {
            #expect(error == .noRepresentativeStation(area: "苹果园", kind: .weather, nearest: nil, rule: .districtDefault))
            #expect(error.description.contains("没有此类站点"))
        }
        #expect((try? StationSelector().choose(for: area, among: [naiOnly], observing: .nai)) != nil)
    }
}
