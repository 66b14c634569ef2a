/// A meteorological element observed by a station.
public enum ObservationElement: String, Sendable, Codable, CaseIterable {
    /// Air temperature: the hourly value, or the daily mean (mean of the valid hourly values).
    case temperature
    /// Highest temperature of the hour or day.
    case maximumTemperature
    /// Lowest temperature of the hour or day.
    case minimumTemperature
    /// Precipitation amount, mm.
    case precipitation
    /// Sunshine duration, hours.
    case sunshine
    /// Relative humidity, %.
    case humidity
    /// Mean wind speed at 10 m, m/s.
    case windSpeed
    /// Negative air-ion concentration (负氧离子), ions per cm³.
    case nai
    /// Daily air quality index (HJ 633-2012); daily files only.
    case aqi

    /// The column name in import files (`Schemas/import/*.schema.json`).
    public var column: String {
        switch self {
        case .temperature: "temperature"
        case .maximumTemperature: "temperature_max"
        case .minimumTemperature: "temperature_min"
        case .precipitation: "precipitation"
        case .sunshine: "sunshine"
        case .humidity: "humidity"
        case .windSpeed: "wind_speed"
        case .nai: "nai"
        case .aqi: "aqi"
        }
    }

    /// The name of its QC-flag column.
    public var qualityColumn: String { column + "_qc" }

    public var chineseName: String {
        switch self {
        case .temperature: "气温"
        case .maximumTemperature: "最高气温"
        case .minimumTemperature: "最低气温"
        case .precipitation: "降水量"
        case .sunshine: "日照时数"
        case .humidity: "相对湿度"
        case .windSpeed: "风速"
        case .nai: "负氧离子浓度"
        case .aqi: "空气质量指数"
        }
    }

    public var unit: String {
        switch self {
        case .temperature, .maximumTemperature, .minimumTemperature: "℃"
        case .precipitation: "mm"
        case .sunshine: "h"
        case .humidity: "%"
        case .windSpeed: "m/s"
        case .nai: "个/cm³"
        case .aqi: ""
        }
    }

    /// How hourly values make a daily value.
    public var dailyAggregation: Aggregation {
        switch self {
        case .maximumTemperature: .maximum
        case .minimumTemperature: .minimum
        case .precipitation, .sunshine: .sum
        case .temperature, .humidity, .windSpeed, .nai, .aqi: .mean
        }
    }

    /// A rule that turns the valid hourly values of a day into the daily value.
    public enum Aggregation: Sendable {
        case mean, maximum, minimum, sum
    }

    /// Elements that may appear in hourly files (AQI is published daily).
    public static let hourlyElements: [ObservationElement] = allCases.filter { $0 != .aqi }
}
