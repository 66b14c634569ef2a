/// A month's comfort indices and grades (standards.md §3.1, §3.2). THI and K are kept as printed (one
/// decimal, `PrintedFigure`) and graded on that value; a stored month is read back from its climate
/// means, so its indices and grades are always those of the current rules.
public struct MonthlyComfort: Hashable, Sendable, Codable {
    public let climate: MonthlyClimate
    /// THI `I` of GB/T 27963, one decimal.
    public let temperatureHumidityIndex: Double
    public let temperatureHumidityGrade: ComfortGrade
    /// Wind-effect index `K` of GB/T 27963, one decimal.
    public let windEffectIndex: Double
    public let windEffectGrade: ComfortGrade
    /// The month's grade from both ([D] rule, `ComfortGrade.combined`).
    public let grade: ComfortGrade
    /// I_BC of QX/T 570, an integer.
    public let humanComfortIndex: Int
    public let humanComfortLevel: HumanComfortLevel

    public init(_ climate: MonthlyClimate) {
        self.climate = climate
        let humidity = climate.meanHumidity / 100
        temperatureHumidityIndex = PrintedFigure.rounded(
            ComfortIndices.temperatureHumidityIndex(temperature: climate.meanTemperature, relativeHumidity: humidity),
            places: ComfortGrade.places)
        temperatureHumidityGrade = ComfortGrade(temperatureHumidityIndex: temperatureHumidityIndex)
        windEffectIndex = PrintedFigure.rounded(
            ComfortIndices.windEffectIndex(temperature: climate.meanTemperature, windSpeed: climate.meanWindSpeed,
                                           sunshinePerDay: climate.sunshinePerDay),
            places: ComfortGrade.places)
        windEffectGrade = ComfortGrade(windEffectIndex: windEffectIndex)
        grade = ComfortGrade.combined(thi: temperatureHumidityGrade, windEffect: windEffectGrade)
        humanComfortIndex = ComfortIndices.humanComfortIndex(temperature: climate.meanTemperature,
                                                             relativeHumidity: humidity,
                                                             windSpeed: climate.meanWindSpeed)
        humanComfortLevel = HumanComfortLevel(index: humanComfortIndex)
    }

    /// Reads the climate means and computes the rest again.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.container(keyedBy: CodingKeys.self).decode(MonthlyClimate.self, forKey: .climate))
    }

    /// `14.0`, `-312.4`: an index as printed.
    public static func text(_ index: Double) -> String { PrintedFigure.text(index, places: ComfortGrade.places) }

    /// Whether the data behind the month are valid (normals always are).
    public var isDataValid: Bool { climate.validity?.isValid ?? true }

    /// Counted as a comfortable month for the 天然氧吧 rule: grade 舒适 on valid data.
    public var isComfortable: Bool { grade == .comfortable && isDataValid }
}
