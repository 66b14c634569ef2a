/// The readings of one station at one time, one optional reading per element (nil = not observed).
public struct ElementReadings: Hashable, Sendable, Codable {
    public var temperature: Reading?
    public var maximumTemperature: Reading?
    public var minimumTemperature: Reading?
    public var precipitation: Reading?
    public var sunshine: Reading?
    public var humidity: Reading?
    public var windSpeed: Reading?
    public var nai: Reading?
    public var aqi: Reading?

    public init() {}

    public subscript(element: ObservationElement) -> Reading? {
        get {
            switch element {
            case .temperature: temperature
            case .maximumTemperature: maximumTemperature
            case .minimumTemperature: minimumTemperature
            case .precipitation: precipitation
            case .sunshine: sunshine
            case .humidity: humidity
            case .windSpeed: windSpeed
            case .nai: nai
            case .aqi: aqi
            }
        }
        set {
            switch element {
            case .temperature: temperature = newValue
            case .maximumTemperature: maximumTemperature = newValue
            case .minimumTemperature: minimumTemperature = newValue
            case .precipitation: precipitation = newValue
            case .sunshine: sunshine = newValue
            case .humidity: humidity = newValue
            case .windSpeed: windSpeed = newValue
            case .nai: nai = newValue
            case .aqi: aqi = newValue
            }
        }
    }

    /// The value of `element` when present and valid.
    public func validValue(_ element: ObservationElement) -> Double? { self[element]?.validValue }
}
