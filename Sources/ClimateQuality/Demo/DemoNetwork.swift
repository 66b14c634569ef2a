import RegistryCore

/// The demo's stations across Yanqing, its production areas and its planted defects (standards.md §5).
///
/// Station numbers other than 54406 and all coordinates are illustrative, not the bureau's register.
public enum DemoNetwork {
    private static let valleyElevation = 487.9

    private static func site(_ id: String, _ name: String, town: String, _ latitude: Double, _ longitude: Double,
                             elevation: Double, kind: Station.Kind, nai: Double? = nil,
                             normals: MonthlyNormals = .valley, diurnalRangeOffset: Double = 0) -> DemoSite {
        let lapse = normals == .valley ? -0.006 * (elevation - valleyElevation) : 0
        return DemoSite(station: Station(id: id, name: name, townID: Yanqing.town(named: town)!.id,
                                         location: GeoCoordinate(latitude: latitude, longitude: longitude),
                                         elevation: elevation, kind: kind),
                        normals: normals, temperatureOffset: lapse, diurnalRangeOffset: diurnalRangeOffset,
                        naiAnnualMean: nai)
    }

    /// Seven stations: the valley reference, 佛爷顶, an orchard station in 张山营, three forest NAI
    /// sites (2000–3500 /cm³) and a town NAI site (900–1400 /cm³), per standards.md §5.2 [D].
    public static let sites: [DemoSite] = [
        site("54406", "延庆国家气象观测站", town: "延庆镇", 40.450, 115.970, elevation: valleyElevation, kind: .weather),
        site("YQ001", "佛爷顶", town: "香营乡", 40.610, 116.130, elevation: 1224.7, kind: .weather, normals: .foyeding),
        site("YQ002", "张山营果园站", town: "张山营镇", 40.483, 115.862, elevation: 530, kind: .weather,
             diurnalRangeOffset: 1.2),
        site("YQ101", "松山", town: "张山营镇", 40.515, 115.805, elevation: 760, kind: .nai, nai: 2900),
        site("YQ102", "玉渡山", town: "张山营镇", 40.545, 115.880, elevation: 900, kind: .nai, nai: 2500),
        site("YQ103", "龙庆峡", town: "旧县镇", 40.560, 115.995, elevation: 590, kind: .nai, nai: 2200),
        site("YQ104", "延庆城区", town: "百泉街道", 40.463, 115.975, elevation: 495, kind: .nai, nai: 1150),
    ]

    /// The stations alone.
    public static var stations: [Station] { sites.map(\.station) }

    /// A grape area in 张山营镇 (represented by the orchard station, about 0.5 km away).
    public static let grapeArea = ProductionArea(
        name: "张山营镇前黑龙庙村葡萄园", centre: GeoCoordinate(latitude: 40.479, longitude: 115.858), elevation: 525)

    /// An apple area in 张山营镇 (里炮村 side), also near the orchard station.
    public static let appleArea = ProductionArea(
        name: "张山营镇里炮村苹果园", centre: GeoCoordinate(latitude: 40.490, longitude: 115.870), elevation: 560)

    /// A stuck NAI sensor: 龙庆峡 reports one value for this many hours from `stuckSensorStart`.
    public static let stuckSensorStationID = "YQ103"
    public static let stuckSensorHours = 9

    /// When the sensor sticks, in the first demo year.
    public static func stuckSensorStart(firstYear: Int) -> ObservationHour {
        ObservationHour(date: CivilDate(year: firstYear, month: 4, day: 16)!, hour: 1)!
    }

    /// A five-day outage at 佛爷顶 in July of the second demo year, which leaves that month with 26
    /// valid days at most: the month, and so the year, are invalid there.
    public static let outageStationID = "YQ001"

    public static func outage(firstYear: Int) -> DateRange {
        DateRange(first: CivilDate(year: firstYear + 1, month: 7, day: 10)!, last: CivilDate(year: firstYear + 1, month: 7, day: 14)!)
    }
}
