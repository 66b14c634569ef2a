import RegistryCore

/// The demo's stations across Yanqing, its production areas and its planted defects (standards.md §5).
///
/// Station numbers other than 54406 and all coordinates are illustrative, not the bureau's register.
public enum DemoNetwork {
    private static let valleyElevation = 487.9

    private static func site(_ id: String, _ name: String, town: String, _ latitude: Double, _ longitude: Double,
                             elevation: Double, kind: Station.Kind, nai: Double? = nil,
                             normals: MonthlyNormals = .valley, diurnalRangeOffset: Double = 0,
                             weatherCoupling: Double = 1) -> DemoSite {
        let lapse = normals == .valley ? -0.006 * (elevation - valleyElevation) : 0
        return DemoSite(station: Station(id: id, name: name, townID: Yanqing.town(named: town)!.id,
                                         location: GeoCoordinate(latitude: latitude, longitude: longitude),
                                         elevation: elevation, kind: kind),
                        normals: normals, temperatureOffset: lapse, diurnalRangeOffset: diurnalRangeOffset,
                        naiAnnualMean: nai, weatherCoupling: weatherCoupling)
    }

    /// The valley reference, 佛爷顶, an orchard station in 张山营, three forest NAI sites (2000–3500 /cm³)
    /// and a town NAI site (900–1400 /cm³), per standards.md §5.2 [D]; then one regional station per
    /// township where the demo's growers and homestays are (weather, NAI or both), so that each plot
    /// and homestay has a representative station; and a sensor inside a strawberry greenhouse in each of
    /// the two strawberry villages (设施内传感器), for the greenhouse crop: 程家营's older greenhouse holds
    /// its heat less well (wider daily swing, more of the outside weather).
    public static let sites: [DemoSite] = [
        site("54406", "延庆国家气象观测站", town: "延庆镇", 40.450, 115.970, elevation: valleyElevation, kind: .weather),
        site("YQ001", "佛爷顶", town: "香营乡", 40.610, 116.130, elevation: 1224.7, kind: .weather, normals: .foyeding),
        site("YQ002", "张山营果园站", town: "张山营镇", 40.483, 115.862, elevation: 530, kind: .weather,
             diurnalRangeOffset: 1.2),
        site("YQ101", "松山", town: "张山营镇", 40.515, 115.805, elevation: 760, kind: .nai, nai: 2900),
        site("YQ102", "玉渡山", town: "张山营镇", 40.545, 115.880, elevation: 900, kind: .nai, nai: 2500),
        site("YQ103", "龙庆峡", town: "旧县镇", 40.560, 115.995, elevation: 590, kind: .nai, nai: 2200),
        site("YQ104", "延庆城区", town: "百泉街道", 40.463, 115.975, elevation: 495, kind: .nai, nai: 1150),
        site("YQ003", "香营", town: "香营乡", 40.573, 116.020, elevation: 620, kind: .weather, diurnalRangeOffset: 0.8),
        site("YQ004", "旧县", town: "旧县镇", 40.518, 116.052, elevation: 540, kind: .weather),
        site("YQ005", "沈家营", town: "沈家营镇", 40.482, 116.048, elevation: 520, kind: .weather),
        site("YQ006", "大榆树", town: "大榆树镇", 40.420, 115.930, elevation: 500, kind: .weather),
        site("YQ007", "康庄", town: "康庄镇", 40.403, 115.862, elevation: 490, kind: .both, nai: 880),
        site("YQ008", "八达岭", town: "八达岭镇", 40.359, 116.013, elevation: 640, kind: .both, nai: 1850),
        site("YQ009", "永宁", town: "永宁镇", 40.531, 116.140, elevation: 560, kind: .both, nai: 1150),
        site("YQ010", "大庄科", town: "大庄科乡", 40.400, 116.250, elevation: 700, kind: .both, nai: 2300),
        site("YQ105", "珍珠泉", town: "珍珠泉乡", 40.600, 116.450, elevation: 720, kind: .nai, nai: 2650),
        site("YQ106", "四海", town: "四海镇", 40.528, 116.413, elevation: 860, kind: .nai, nai: 2100),
        site("YQ107", "千家店", town: "千家店镇", 40.692, 116.330, elevation: 560, kind: .nai, nai: 2900),
        site("YQ108", "刘斌堡", town: "刘斌堡乡", 40.560, 116.240, elevation: 640, kind: .nai, nai: 1600),
        site("YQ109", "井庄", town: "井庄镇", 40.433, 116.100, elevation: 620, kind: .nai, nai: 1300),
        site("YQ201", "小丰营草莓温室", town: "康庄镇", 40.398, 115.880, elevation: 490, kind: .greenhouse,
             normals: .solarGreenhouse, weatherCoupling: 0.25),
        site("YQ202", "程家营草莓温室", town: "大榆树镇", 40.428, 115.915, elevation: 500, kind: .greenhouse,
             normals: .solarGreenhouse, diurnalRangeOffset: 3, weatherCoupling: 0.35),
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
