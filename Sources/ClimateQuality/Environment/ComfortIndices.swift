import Foundation

/// The climate-comfort formulas of standards.md §3.
public enum ComfortIndices {
    /// Temperature-humidity index of GB/T 27963-2011 ([C]): `I = T − 0.55 (1 − RH)(T − 14.4)`,
    /// T in ℃, RH as a fraction 0–1.
    public static func temperatureHumidityIndex(temperature: Double, relativeHumidity: Double) -> Double {
        temperature - 0.55 * (1 - relativeHumidity) * (temperature - 14.4)
    }

    /// Wind-effect index of GB/T 27963-2011 ([C]): `K = −(10√V + 10.45 − V)(33 − T) + 8.55 S`,
    /// V wind speed at 10 m (m/s), S sunshine hours per day.
    public static func windEffectIndex(temperature: Double, windSpeed: Double, sunshinePerDay: Double) -> Double {
        -(10 * windSpeed.squareRoot() + 10.45 - windSpeed) * (33 - temperature) + 8.55 * sunshinePerDay
    }

    /// Human comfort index I_BC of QX/T 570-2020 App. C ([S]):
    /// `(1.8T + 32) − 0.55 (1 − RH)(1.8T − 26) − 3.2 √V`, rounded half away from zero to an integer
    /// (`PrintedFigure`), as printed and graded; a value beyond ±999 (impossible from plausible data)
    /// is held at the bound.
    public static func humanComfortIndex(temperature: Double, relativeHumidity: Double, windSpeed: Double) -> Int {
        let value = (1.8 * temperature + 32) - 0.55 * (1 - relativeHumidity) * (1.8 * temperature - 26)
            - 3.2 * windSpeed.squareRoot()
        guard value.isFinite else { return 0 }
        return Int(min(999, max(-999, PrintedFigure.rounded(value, places: 0))))
    }
}
