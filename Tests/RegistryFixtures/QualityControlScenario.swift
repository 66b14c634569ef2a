import ClimateQuality

/// Hourly rows of several stations made to exercise quality control, the same for the same seed: NAI
/// spikes (above the ceiling and tenfold jumps), runs of 3 to 8 equal temperatures or NAI values, missing
/// NAI readings and missing hours. Values have one decimal, so they survive a trip through CSV.
public enum QualityControlScenario {
    public static func rows(stations: [String], hours: Int, seed: UInt64 = 1) -> [HourlyObservation] {
        var random = SplitMix(state: seed)
        var rows: [HourlyObservation] = []
        let start = ObservationHour(date: CivilDate(year: 2025, month: 3, day: 1)!, hour: 0)!.hourNumber
        for station in stations {
            var temperatureRun = 0, naiRun = 0
            var temperature = 10.0, nai = 1_000.0
            for offset in 0..<hours {
                if random.next(100) < 5 { continue }
                if temperatureRun > 0 { temperatureRun -= 1 } else {
                    temperature = Double(random.next(300)) / 10
                    if random.next(100) < 8 { temperatureRun = 2 + random.next(6) }
                }
                if naiRun > 0 { naiRun -= 1 } else {
                    nai = Double(800 + random.next(800))
                    if random.next(100) < 8 { naiRun = 2 + random.next(6) }
                }
                var readings = ElementReadings()
                readings.temperature = Reading(temperature)
                readings.humidity = Reading(Double(40 + random.next(50)))
                switch random.next(100) {
                case 0..<3: readings.nai = Reading(nai * 15)
                case 3: readings.nai = Reading(60_000)
                case 4..<9: readings.nai = nil
                default: readings.nai = Reading(nai)
                }
                rows.append(HourlyObservation(stationID: station, time: ObservationHour(hourNumber: start + offset), validMinutes: 60,
                                              readings: readings))
            }
        }
        return rows
    }

    /// `rows` in an order fixed by `seed` and otherwise arbitrary.
    public static func shuffled(_ rows: [HourlyObservation], seed: UInt64 = 7) -> [HourlyObservation] {
        var random = SplitMix(state: seed)
        var rows = rows
        for index in rows.indices.reversed() where index > 0 { rows.swapAt(index, random.next(index + 1)) }
        return rows
    }

    /// SplitMix64: a small deterministic generator.
    struct SplitMix {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Int(z % UInt64(bound))
        }
    }
}
