/// Turns hourly rows into daily rows (standards.md §1.5, §2.4).
///
/// Per element, over the hours that are valid (`ValidityRules.isValid`): temperature, humidity, wind,
/// NAI = mean; maximum / minimum temperature = highest / lowest hourly extreme (the hourly temperature
/// where a station reports no extremes); precipitation and sunshine = sum. A daily value from fewer
/// than 20 valid hours is kept but flagged `incomplete`; missing hours are never filled in.
public struct DailyAggregator: Sendable {
    public let rules: ValidityRules

    public init(rules: ValidityRules = .standard) {
        self.rules = rules
    }

    /// Daily rows for every station and day present in `hourly`, ordered by station then date.
    public func aggregate(_ hourly: [HourlyObservation]) -> [DailyObservation] {
        var accumulators: [DayKey: DayAccumulator] = [:]
        for row in hourly {
            accumulators[DayKey(stationID: row.stationID, dayNumber: row.time.date.dayNumber), default: DayAccumulator()]
                .add(row, rules: rules)
        }
        return accumulators.sorted { ($0.key.stationID, $0.key.dayNumber) < ($1.key.stationID, $1.key.dayNumber) }
            .map { key, accumulator in
                DailyObservation(stationID: key.stationID, date: CivilDate(dayNumber: key.dayNumber),
                                 readings: accumulator.readings(minimumHours: rules.minimumValidHoursPerDay))
            }
    }

    private struct DayKey: Hashable {
        let stationID: String
        let dayNumber: Int
    }

    /// Running count, sum, min and max of each element over a day's valid hours.
    private struct DayAccumulator {
        private var count = [Int](repeating: 0, count: ObservationElement.allCases.count)
        private var sum = [Double](repeating: 0, count: ObservationElement.allCases.count)
        private var lowest = [Double](repeating: .infinity, count: ObservationElement.allCases.count)
        private var highest = [Double](repeating: -.infinity, count: ObservationElement.allCases.count)

        mutating func add(_ row: HourlyObservation, rules: ValidityRules) {
            for (slot, element) in ObservationElement.allCases.enumerated() {
                guard rules.isValid(row.readings[element], validMinutes: row.validMinutes),
                      let value = row.readings[element]?.value else { continue }
                count[slot] += 1
                sum[slot] += value
                lowest[slot] = min(lowest[slot], value)
                highest[slot] = max(highest[slot], value)
            }
        }

        func readings(minimumHours: Int) -> ElementReadings {
            var readings = ElementReadings()
            for (slot, element) in ObservationElement.allCases.enumerated() {
                let source = count[slot] > 0 ? slot : fallbackSlot(for: element) ?? slot
                guard count[source] > 0 else { continue }
                let value: Double = switch element.dailyAggregation {
                case .mean: sum[source] / Double(count[source])
                case .sum: sum[source]
                case .maximum: highest[source]
                case .minimum: lowest[source]
                }
                readings[element] = Reading(value, flag: count[source] >= minimumHours ? .valid : .incomplete)
            }
            return readings
        }

        /// Daily extremes fall back on the hourly temperature.
        private func fallbackSlot(for element: ObservationElement) -> Int? {
            guard element == .maximumTemperature || element == .minimumTemperature else { return nil }
            return ObservationElement.allCases.firstIndex(of: .temperature)
        }
    }
}
