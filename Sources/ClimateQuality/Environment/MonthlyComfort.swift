/// A month's comfort indices and grades (standards.md §3.1, §3.2).
public struct MonthlyComfort: Hashable, Sendable, Codable {
    public let climate: MonthlyClimate
    /// THI `I` of GB/T 27963.
    public let temperatureHumidityIndex: Double
    public let temperatureHumidityGrade: ComfortGrade
    /// Wind-effect index `K` of GB/T 27963.
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
        temperatureHumidityIndex = ComfortIndices.temperatureHumidityIndex(temperature: climate.meanTemperature,
                                                                           relativeHumidity: humidity)
        temperatureHumidityGrade = ComfortGrade(temperatureHumidityIndex: temperatureHumidityIndex)
        windEffectIndex = ComfortIndices.windEffectIndex(temperature: climate.meanTemperature,
                                                         windSpeed: climate.meanWindSpeed,
                                                         sunshinePerDay: climate.sunshinePerDay)
        windEffectGrade = ComfortGrade(windEffectIndex: windEffectIndex)
        grade = ComfortGrade.combined(thi: temperatureHumidityGrade, windEffect: windEffectGrade)
        humanComfortIndex = ComfortIndices.humanComfortIndex(temperature: climate.meanTemperature,
                                                             relativeHumidity: humidity,
                                                             windSpeed: climate.meanWindSpeed)
        humanComfortLevel = HumanComfortLevel(index: humanComfortIndex)
    }

    /// Whether the data behind the month are valid (normals always are).
    public var isDataValid: Bool { climate.validity?.isValid ?? true }

    /// Counted as a comfortable month for the 天然氧吧 rule: grade 舒适 on valid data.
    public var isComfortable: Bool { grade == .comfortable && isDataValid }
}
