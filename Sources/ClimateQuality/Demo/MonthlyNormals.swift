/// Monthly climate normals of a station, January first, for the demo generator (standards.md §5).
public struct MonthlyNormals: Hashable, Sendable, Codable {
    public let meanTemperature: [Double]
    /// Mean Tmax − Tmin, ℃.
    public let diurnalRange: [Double]
    /// Monthly totals, mm.
    public let precipitation: [Double]
    /// Days with precipitation.
    public let precipitationDays: [Double]
    /// Monthly totals, hours.
    public let sunshine: [Double]
    /// %.
    public let humidity: [Double]
    /// m/s.
    public let windSpeed: [Double]
    public let source: String

    /// The valley station (延庆国家站 54406 style): standards.md §5.2 synthetic normals [D], which
    /// reproduce the sourced annual totals; diurnal range and precipitation days [D] (佛爷顶 pattern,
    /// drier valley).
    public static let valley = MonthlyNormals(
        meanTemperature: [-8.0, -4.0, 2.8, 11.0, 17.3, 21.6, 23.5, 22.0, 16.8, 9.3, 0.9, -6.3],
        diurnalRange: [13, 13, 13, 14, 14, 12, 10, 10.5, 12, 13, 12, 12],
        precipitation: [2.5, 4.0, 8.5, 18.0, 32.0, 65.0, 125.0, 110.0, 45.1, 20.0, 8.5, 3.0],
        precipitationDays: [1.9, 2.3, 3.5, 5.0, 7.1, 11.8, 12.8, 10.5, 8.1, 4.7, 2.8, 1.7],
        sunshine: [200, 205, 255, 270, 300, 265, 220, 225, 240, 236, 200, 190],
        humidity: [45, 45, 44, 44, 49, 60, 74, 77, 70, 60, 54, 48],
        windSpeed: [2.6, 2.9, 3.3, 3.6, 3.2, 2.6, 2.1, 1.9, 2.1, 2.4, 2.7, 2.6],
        source: "standards.md §5.2 [D synthetic]; diurnal range and precipitation days [D]")

    /// 佛爷顶 (1224.7 m), 1991–2020 normals of standards.md §5.1 [Q]; sunshine = valley shape scaled to
    /// 2712.6 h [Q]; wind = 1.6 × valley [D].
    public static let foyeding = MonthlyNormals(
        meanTemperature: [-10.2, -6.9, -0.5, 7.3, 13.7, 17.6, 19.6, 18.6, 13.9, 6.9, -1.7, -8.5],
        diurnalRange: [7.9, 8.8, 9.9, 10.6, 10.4, 9.4, 7.6, 7.6, 8.1, 8.5, 7.8, 5.4],
        precipitation: [1.6, 8.7, 10.1, 22.6, 36.0, 76.7, 144.2, 127.6, 54.1, 13.7, 8.9, 2.7],
        precipitationDays: [2.2, 2.7, 4.1, 5.9, 8.3, 13.9, 15.0, 12.3, 9.5, 5.5, 3.3, 2.0],
        sunshine: valley.sunshine.map { $0 * 2712.6 / 2806 },
        humidity: [46, 44, 43, 44, 50, 66, 80, 79, 68, 56, 51, 47],
        windSpeed: valley.windSpeed.map { $0 * 1.6 },
        source: "standards.md §5.1 佛爷顶 1991–2020 [Q]; sunshine shape and wind [D]")

    /// Inside a solar greenhouse (日光温室) in the Yanqing valley, [D synthetic]: heated by the sun and
    /// closed at night in winter, so nights stay around 5–10 ℃ and days reach 20–28 ℃, humid (mean
    /// 82–86 %); ventilated and close to the open air in summer. No rain, sunshine or wind is observed
    /// inside, so those rows are the valley's and unused.
    public static let solarGreenhouse = MonthlyNormals(
        meanTemperature: [14.5, 15.5, 16.5, 18.0, 21.0, 24.5, 26.0, 25.5, 21.5, 17.5, 15.0, 14.5],
        diurnalRange: [15.5, 16.0, 16.0, 15.0, 13.0, 10.5, 9.0, 9.0, 11.0, 14.0, 15.0, 15.5],
        precipitation: valley.precipitation, precipitationDays: valley.precipitationDays, sunshine: valley.sunshine,
        humidity: [84, 83, 82, 80, 76, 78, 82, 84, 82, 82, 84, 85],
        windSpeed: valley.windSpeed,
        source: "[D synthetic] solar greenhouse in the Yanqing valley: winter nights 5–10 ℃, days 20–28 ℃, humid")

    /// `values` at `date`, interpolated linearly between mid-months so the year has no steps.
    func interpolate(_ values: [Double], at date: CivilDate) -> Double {
        let days = Double(CivilDate.daysIn(month: date.month, year: date.year))
        let position = Double(date.month - 1) + (Double(date.day) - 0.5) / days - 0.5
        let lower = Int(position.rounded(.down))
        let fraction = position - Double(lower)
        return values[(lower + 12) % 12] * (1 - fraction) + values[(lower + 13) % 12] * fraction
    }
}
