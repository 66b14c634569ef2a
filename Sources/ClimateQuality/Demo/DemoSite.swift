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

    public init(station: Station, normals: MonthlyNormals, temperatureOffset: Double = 0,
                diurnalRangeOffset: Double = 0, naiAnnualMean: Double? = nil) {
        self.station = station
        self.normals = normals
        self.temperatureOffset = temperatureOffset
        self.diurnalRangeOffset = diurnalRangeOffset
        self.naiAnnualMean = naiAnnualMean
    }

    /// The elements the station reports: weather stations the full set, NAI stations NAI with
    /// temperature and humidity.
    public var elements: Set<ObservationElement> {
        let weather: Set<ObservationElement> = [.temperature, .maximumTemperature, .minimumTemperature, .precipitation,
                                                .sunshine, .humidity, .windSpeed]
        switch station.kind {
        case .weather: return weather
        case .nai: return [.nai, .temperature, .humidity]
        case .both: return weather.union([.nai])
        }
    }
}
