import Foundation
import RegistryCore

/// Generates hourly observations from monthly normals, deterministically from a seed.
///
/// Weather is shared across the district, as it is in reality: one regional series per day carries a
/// persistent temperature anomaly (AR(1)), rain days (a two-state Markov chain keeping the normals'
/// frequency), rain amounts (exponential), sunshine and wind factors, plus a random anomaly per month
/// and year so that seasons differ. Each station adds its normals, offsets and a little noise; hours
/// follow diurnal cycles (temperature peak at 14 h, humidity the reverse, NAI higher at night by
/// about 1.3, higher in summer: factor 0.6 in January to 1.4 in July, §5.2 [D]); a greenhouse sensor
/// feels only part of the district's anomalies (`DemoSite.weatherCoupling`). A few hours are
/// left out at random, one NAI sensor sticks and one station has a five-day outage (`DemoNetwork`).
public struct DemoObservationGenerator: Sendable {
    public let sites: [DemoSite]
    public let seed: UInt64

    public init(sites: [DemoSite] = DemoNetwork.sites, seed: UInt64 = 2031) {
        self.sites = sites
        self.seed = seed
    }

    /// Every station's hourly rows for `years`, ordered by station then time.
    public func hourlyObservations(years: ClosedRange<Int>) -> [HourlyObservation] {
        let weather = RegionalWeather.generate(years: years, seed: seed)
        var rows: [HourlyObservation] = []
        rows.reserveCapacity(sites.count * weather.count * 24)
        for (index, site) in sites.enumerated() {
            var random = SeededGenerator(seed: seed &+ UInt64(index + 1) &* 0x5851_F42D_4C95_7F2D)
            appendRows(for: site, weather: weather, firstYear: years.lowerBound, random: &random, to: &rows)
        }
        return rows
    }

    private func appendRows(for site: DemoSite, weather: [RegionalWeather], firstYear: Int,
                            random: inout SeededGenerator, to rows: inout [HourlyObservation]) {
        let elements = site.elements
        let normals = site.normals
        let stuckStart = site.station.id == DemoNetwork.stuckSensorStationID
            ? DemoNetwork.stuckSensorStart(firstYear: firstYear).hourNumber : nil
        let outage = site.station.id == DemoNetwork.outageStationID ? DemoNetwork.outage(firstYear: firstYear) : nil
        var naiNoise = 0.0
        var stuckValue: Double?
        var gapHoursLeft = 0
        for day in weather {
            let date = day.date
            let month = date.month - 1
            let meanTemperature = normals.interpolate(normals.meanTemperature, at: date) + site.temperatureOffset
                + day.temperatureAnomaly * site.weatherCoupling + random.normal(0.3)
            let range = max(2, (normals.interpolate(normals.diurnalRange, at: date) + site.diurnalRangeOffset)
                * day.diurnalRangeFactor - 0.8)
            let rainDays = max(normals.precipitationDays[month], 0.5)
            let rainTotal = day.rainFactor * normals.precipitation[month] / rainDays * (0.8 + 0.4 * random.uniform())
            let rainStart = Int(random.uniform() * 16)
            let rainHours = 2 + Int(random.uniform() * 7)
            let dayLength = 12 + 2.9 * sin(2 * .pi * (Double(date.dayOfYear) - 80) / 365.25)
            let sunshineTarget = normals.sunshine[month] / Double(CivilDate.daysIn(month: date.month, year: date.year))
            let sunshine = min(0.95 * dayLength, max(0, sunshineTarget * day.sunshineFactor))
            let humidityBase = normals.interpolate(normals.humidity, at: date) + day.humidityAnomaly * site.weatherCoupling
            let wind = normals.interpolate(normals.windSpeed, at: date) * day.windFactor
            let naiSeason = 1 - 0.4 * cos(2 * .pi * (Double(date.dayOfYear) - 15) / 365.25)

            for hour in 0..<24 {
                let time = ObservationHour(date: date, hour: hour)!
                if gapHoursLeft > 0 {
                    gapHoursLeft -= 1
                    continue
                }
                if random.uniform() < 0.0004 {
                    gapHoursLeft = 1 + Int(random.uniform() * 8)
                    continue
                }
                if let outage, outage.contains(date) { continue }
                let phase = cos(2 * .pi * (Double(hour) - 14) / 24)
                var readings = ElementReadings()
                let temperature = meanTemperature + range / 2 * phase + random.normal(0.2)
                let hourlyRange = 0.3 + abs(random.normal(0.2))
                func set(_ element: ObservationElement, _ value: Double, places: Double = 10) {
                    if elements.contains(element) { readings[element] = Reading((value * places).rounded() / places) }
                }
                set(.temperature, temperature)
                set(.maximumTemperature, temperature + hourlyRange)
                set(.minimumTemperature, temperature - hourlyRange)
                let raining = day.isRainy && hour >= rainStart && hour < rainStart + rainHours
                set(.precipitation, raining ? rainTotal / Double(rainHours) : 0)
                let daylight = max(0, min(Double(hour + 1), 12 + dayLength / 2) - max(Double(hour), 12 - dayLength / 2))
                set(.sunshine, sunshine * daylight / dayLength)
                set(.humidity, min(100, max(8, humidityBase - 12 * phase + (raining ? 15 * site.weatherCoupling : 0) + random.normal(3))),
                    places: 1)
                set(.windSpeed, max(0, wind * (1 + 0.35 * phase) * exp(random.normal(0.25))))
                if let base = site.naiAnnualMean {
                    naiNoise = 0.7 * naiNoise + random.normal(0.08)
                    let night = 1 + 0.13 * cos(2 * .pi * (Double(hour) - 3) / 24)
                    var value = base * naiSeason * night * (day.isRainy ? 1.15 : 1) * exp(naiNoise)
                    if let stuckStart, time.hourNumber >= stuckStart, time.hourNumber < stuckStart + DemoNetwork.stuckSensorHours {
                        stuckValue = stuckValue ?? value.rounded()
                        value = stuckValue!
                    }
                    set(.nai, value, places: 1)
                }
                rows.append(HourlyObservation(stationID: site.station.id, time: time,
                                              validMinutes: random.uniform() < 0.002 ? 30 : 60, readings: readings))
            }
        }
    }
}

/// The district-wide weather of one day, shared by all demo stations.
struct RegionalWeather {
    let date: CivilDate
    let temperatureAnomaly: Double
    let isRainy: Bool
    /// Multiplies the normal amount per rain day.
    let rainFactor: Double
    let sunshineFactor: Double
    let diurnalRangeFactor: Double
    let humidityAnomaly: Double
    let windFactor: Double

    /// One value per day of `years`.
    static func generate(years: ClosedRange<Int>, seed: UInt64) -> [RegionalWeather] {
        var random = SeededGenerator(seed: seed)
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: years.upperBound, month: 12, day: 31)!.dayNumber
        var anomaly = 0.0
        var rainedYesterday = false
        var monthKey = -1
        var monthTemperature = 0.0, monthWetness = 1.0, monthSunshine = 1.0
        let persistence = 0.3
        var days: [RegionalWeather] = []
        for dayNumber in first...last {
            let date = CivilDate(dayNumber: dayNumber)
            if date.year * 12 + date.month != monthKey {
                monthKey = date.year * 12 + date.month
                monthTemperature = random.normal(0.9)
                monthWetness = exp(random.normal(0.35))
                monthSunshine = 1 + random.normal(0.07)
            }
            anomaly = 0.75 * anomaly + random.normal(1.6)
            let normalDays = MonthlyNormals.valley.precipitationDays[date.month - 1]
            let probability = min(0.9, normalDays / Double(CivilDate.daysIn(month: date.month, year: date.year))
                * monthWetness.squareRoot())
            let rainProbability = rainedYesterday ? probability + persistence * (1 - probability) : probability * (1 - persistence)
            let rainy = random.uniform() < rainProbability
            rainedYesterday = rainy
            let sunshine = rainy ? 0.35 + 0.3 * random.uniform()
                : min(1.6, (1 - probability * 0.5) / (1 - probability) * (1 + random.normal(0.12)))
            days.append(RegionalWeather(
                date: date, temperatureAnomaly: anomaly + monthTemperature, isRainy: rainy,
                rainFactor: monthWetness.squareRoot() * random.exponential(mean: 1),
                sunshineFactor: sunshine * monthSunshine,
                diurnalRangeFactor: rainy ? 0.6 : 1 + random.normal(0.12),
                humidityAnomaly: rainy ? 10 : random.normal(4),
                windFactor: exp(random.normal(0.3))))
        }
        return days
    }
}
