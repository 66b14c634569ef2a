import ClimateQuality

/// Quality control as it was done on a whole file's rows at once (every row in memory, each station's
/// rows sorted), kept as the oracle that the streaming `StationQualityControl` must agree with.
public struct ReferenceQualityControl {
    public let rules: QualityControl

    public init(_ rules: QualityControl = QualityControl()) {
        self.rules = rules
    }

    /// Flags spikes and stuck runs in `rows`, which may hold several stations in any order.
    public func apply(to rows: inout [HourlyObservation]) {
        for run in stationRuns(rows) {
            flagSpikes(in: &rows, order: run)
            for element in rules.stuckElements { flagStuckRuns(of: element, in: &rows, order: run) }
        }
    }

    /// Row indices per station, each in time order. Files are normally sorted, so sorting is avoided
    /// unless a station's rows are out of order or interleaved.
    private func stationRuns(_ rows: [HourlyObservation]) -> [[Int]] {
        var runs: [[Int]] = []
        var stationsSeen: Set<String> = []
        var current: [Int] = []
        var sorted = true
        for index in rows.indices {
            if let last = current.last, rows[last].stationID == rows[index].stationID {
                if rows[index].time.hourNumber <= rows[last].time.hourNumber { sorted = false }
                current.append(index)
                continue
            }
            if !current.isEmpty { runs.append(current) }
            if !stationsSeen.insert(rows[index].stationID).inserted { sorted = false }
            current = [index]
        }
        if !current.isEmpty { runs.append(current) }
        if sorted { return runs }
        let grouped = Dictionary(grouping: rows.indices, by: { rows[$0].stationID })
        return grouped.keys.sorted().map { station in
            grouped[station]!.sorted { rows[$0].time.hourNumber < rows[$1].time.hourNumber }
        }
    }

    private func flagSpikes(in rows: inout [HourlyObservation], order: [Int]) {
        var previous: (hour: Int, value: Double)?
        for index in order {
            guard let reading = rows[index].readings.nai else {
                previous = nil
                continue
            }
            let hour = rows[index].time.hourNumber
            let jumped = previous.map { $0.hour == hour - 1 && $0.value > 0 && reading.value > $0.value * rules.jumpFactor } ?? false
            if reading.flag == .valid, reading.value > rules.spikeCeiling || jumped {
                rows[index].readings.nai?.flag = .spike
            }
            previous = (hour, reading.value)
        }
    }

    private func flagStuckRuns(of element: ObservationElement, in rows: inout [HourlyObservation], order: [Int]) {
        var runStart = 0
        for position in order.indices {
            let index = order[position]
            let continues = position > 0 && {
                let before = order[position - 1]
                guard let value = rows[index].readings[element]?.value,
                      let previous = rows[before].readings[element]?.value else { return false }
                return value == previous && rows[index].time.hourNumber == rows[before].time.hourNumber + 1
            }()
            if !continues {
                flagRun(order[runStart..<position], of: element, in: &rows)
                runStart = position
            }
        }
        flagRun(order[runStart..<order.count], of: element, in: &rows)
    }

    private func flagRun(_ run: ArraySlice<Int>, of element: ObservationElement, in rows: inout [HourlyObservation]) {
        guard run.count >= rules.stuckHours, rows[run.first!].readings[element] != nil else { return }
        for index in run where rows[index].readings[element]?.flag == .valid {
            rows[index].readings[element]?.flag = .stuck
        }
    }
}
