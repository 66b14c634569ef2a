/// A station of the demo network and how its weather differs from its normals.
public struct DemoSite: Hashable, Sendable {
    public let station: Station
    public let normals: MonthlyNormals
    /// Added to the normals' temperature, ℃ (height lapse of about −0.6 ℃ per 100 m).
    public let temperatureOffset: Double
    /// Added to the normals' diurnal range, ℃ (open orchards swing more than the station field).
    public let diurnalRangeOffset: Double
    /// Annual mean NAI the site is built around, ions per cm³; nil for stations without an NAI sensor.
    public let naiAnnualMean: Double?
    /// The share of the district's day-to-day temperature and humidity anomalies the site feels: 1 in the
    /// open air, less inside a heated, ventilated greenhouse.
    public let weatherCoupling: Double

    public init(station: Station, normals: MonthlyNormals, temperatureOffset: Double = 0,
                diurnalRangeOffset: Double = 0, naiAnnualMean: Double? = nil, weatherCoupling: Double = 1) {
        self.station = station
        self.normals = normals
        self.temperatureOffset = temperatureOffset
        self.diurnalRangeOffset = diurnalRangeOffset
        self.naiAnnualMean = naiAnnualMean
        self.weatherCoupling = weatherCoupling
    }

    /// The elements the station reports: weather stations the full set, NAI stations NAI with
    /// temperature and humidity, greenhouse sensors temperature (with the hour's extremes) and humidity.
    public var elements: Set<ObservationElement> {
        let weather: Set<ObservationElement> = [.temperature, .maximumTemperature, .minimumTemperature, .precipitation,
                                                .sunshine, .humidity, .windSpeed]
        switch station.kind {
        case .weather: return weather
        case .nai: return [.nai, .temperature, .humidity]
        case .both: return weather.union([.nai])
        case .greenhouse: return [.temperature, .maximumTemperature, .minimumTemperature, .humidity]
        }
    }
}
