/// Flags suspect hourly readings without removing them (standards.md §2.4, all thresholds [D]):
///
/// - spike: NAI above `spikeCeiling` (50 000 /cm³), or more than `jumpFactor` (10×) the reading of the
///   hour before;
/// - stuck sensor: the same value for `stuckHours` (6) or more consecutive hours, for the elements in
///   `stuckElements` (NAI and temperature; calm wind, dry hours and night-time sunshine are legitimately
///   constant, so they are not checked).
///
/// Negative values never get this far: the importer refuses them. Only readings still `valid` are
/// flagged, so a provider's own flag is kept.
public struct QualityControl: Sendable, Hashable, Codable {
    public var spikeCeiling: Double
    public var jumpFactor: Double
    public var stuckHours: Int
    public var stuckElements: [ObservationElement]

    public init(spikeCeiling: Double = 50_000, jumpFactor: Double = 10, stuckHours: Int = 6,
                stuckElements: [ObservationElement] = [.nai, .temperature]) {
        self.spikeCeiling = spikeCeiling
        self.jumpFactor = jumpFactor
        self.stuckHours = stuckHours
        self.stuckElements = stuckElements
    }

    /// Flags spikes and stuck runs in `rows`, which may hold several stations in any order: each
    /// station's rows go through `StationQualityControl` in time order.
    public func apply(to rows: inout [HourlyObservation]) {
        let stations = Dictionary(grouping: rows.indices, by: { rows[$0].stationID })
        for indices in stations.values {
            let order = indices.sorted { rows[$0].time.hourNumber < rows[$1].time.hourNumber }
            var control = StationQualityControl(self)
            var flagged: [HourlyObservation] = []
            flagged.reserveCapacity(order.count)
            for index in order { control.add(rows[index]) { flagged.append($0) } }
            control.finish { flagged.append($0) }
            for (index, row) in zip(order, flagged) { rows[index] = row }
        }
    }

    /// `readings` as they were before quality control: its own flags (spike, stuck) back to valid.
    /// (Providers' flags never say spike or stuck.)
    public static func unflagged(_ readings: ElementReadings) -> ElementReadings {
        var readings = readings
        for element in ObservationElement.allCases where readings[element]?.flag == .spike || readings[element]?.flag == .stuck {
            readings[element]?.flag = .valid
        }
        return readings
    }
}
