import ClimateQuality
import Foundation
import RegistryCore
import RegistryStore

/// Stations and generated observations around a grape plot in 张山营镇 and a homestay in 珍珠泉乡.
public enum ClimateFixture {
    public static let weather = Station(id: "T01", name: "果园站", townID: Yanqing.town(named: "张山营镇")!.id,
                                 location: GeoCoordinate(latitude: 40.480, longitude: 115.860), elevation: 530, kind: .weather)
    /// The homestay stands at 40.600, 116.450, 700 m.
    public static let homestay = GeoPoint(latitude: 40.600, longitude: 116.450, elevation: 700)

    public static func naiStation(_ id: String, latitude: Double, elevation: Double) -> Station {
        Station(id: id, name: "负氧离子站\(id)", townID: Yanqing.town(named: "珍珠泉乡")!.id,
                location: GeoCoordinate(latitude: latitude, longitude: 116.450), elevation: elevation, kind: .nai)
    }

    /// Hourly rows of a year from the demo generator for `stations`, with an NAI level for NAI stations.
    public static func rows(_ stations: [Station], year: Int, nai: Double = 2000) -> [HourlyObservation] {
        DemoObservationGenerator(sites: stations.map {
            DemoSite(station: $0, normals: .valley, naiAnnualMean: $0.kind.serves(.nai) ? nai : nil)
        }, seed: 7).hourlyObservations(years: year...year)
    }

    /// Registers `stations` and imports `rows` as one hourly file, those of the registry's past only (an
    /// observation dated after tomorrow by its clock would be refused).
    public static func load(_ stations: [Station], rows: [HourlyObservation], into registry: Registry) throws {
        let today = Day(registry.configuration.clock())
        let observed = rows.filter { $0.time.date.dayNumber <= today.daysSinceEpoch }
        try registry.write { tx in
            for station in stations { try tx.addStation(station, by: StoreFixture.meteorologist) }
            try tx.importObservations(ObservationCSVWriter.hourlyCSV(observed), file: "fixture.csv", kind: .hourly,
                                      by: StoreFixture.meteorologist)
        }
    }

    /// A grape subject of season 2026 half a kilometre from the weather station.
    public static func grape(_ registry: Registry, plot: String = "东坡地块", elevation: Double? = 525) throws -> Int64 {
        let uscc = USCC.completing("93110119MA01ABCD1")!
        let subject = try Subject(operatorID: uscc, name: "巨峰葡萄\(plot)", town: "张山营镇", details: .product(ProductDetails(
            crop: "葡萄", variety: "巨峰", plot: plot, location: GeoPoint(latitude: 40.476, longitude: 115.858, elevation: elevation),
            areaMu: 100, season: 2026, expectedOutputKg: 150_000, packSizeKg: 5)))
        return try registry.write { tx in
            if (try? tx.requireOperator(uscc.value)) == nil {
                try tx.addOperator(try Operator(uscc: uscc.value, name: "延庆区前黑龙庙葡萄种植专业合作社", kind: .cooperative,
                                                town: "张山营镇", address: "前黑龙庙村 8 号"), by: StoreFixture.clerk)
            }
            return try tx.addSubject(subject, by: StoreFixture.clerk).id
        }
    }

    /// Loads the weather station's 2026 data into the registry at `store`, registers a grape subject
    /// and issues its certificate on 2026-11-25, through a second connection with that day's clock.
    public static func certifiedGrape(in store: StoreFixture) throws -> ClimateCertificate {
        let registry = try store.open(on: "2026-11-25")
        try load([weather], rows: rows([weather], year: 2026), into: registry)
        let subjectID = try grape(registry)
        return try registry.write { try $0.issueCertificate(subjectID: subjectID, by: StoreFixture.meteorologist) }
    }
}
