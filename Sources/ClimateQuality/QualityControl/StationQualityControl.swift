/// `QualityControl` over one station's hourly rows as they arrive in time order, holding back at most
/// `stuckHours − 1` rows: those of a run of equal values that is not yet long enough to be stuck, and
/// not yet broken. Rows come out in the order they went in, their flags final.
public struct StationQualityControl: Sendable {
    public let rules: QualityControl
    private var pending: [HourlyObservation] = []
    private var previousHour: Int?
    /// NAI and hour of the row before, when it had NAI (for jumps).
    private var previousNAI: (hour: Int, value: Double)?
    /// Per element of `rules.stuckElements`: the value of the row before, and the length of the run of
    /// equal values on consecutive hours that ends with it.
    private var previousValues: [Double?]
    private var runLengths: [Int]

    public init(_ rules: QualityControl) {
        self.rules = rules
        previousValues = Array(repeating: nil, count: rules.stuckElements.count)
        runLengths = Array(repeating: 0, count: rules.stuckElements.count)
    }

    /// Adds the station's next row, later than every row before; `emit` receives the rows whose flags
    /// are now final.
    public mutating func add(_ row: HourlyObservation, emit: (HourlyObservation) throws -> Void) rethrows {
        var row = row
        let hour = row.time.hourNumber
        if let reading = row.readings.nai {
            let jumped = previousNAI.map { $0.hour == hour - 1 && $0.value > 0 && reading.value > $0.value * rules.jumpFactor } ?? false
            if reading.flag == .valid, reading.value > rules.spikeCeiling || jumped { row.readings.nai?.flag = .spike }
            previousNAI = (hour, reading.value)
        } else {
            previousNAI = nil
        }
        let consecutive = previousHour.map { hour == $0 + 1 } ?? false
        var held = 0
        for (slot, element) in rules.stuckElements.enumerated() {
            let value = row.readings[element]?.value
            let continues = consecutive && value != nil && value == previousValues[slot]
            runLengths[slot] = continues ? runLengths[slot] + 1 : (value == nil ? 0 : 1)
            previousValues[slot] = value
            if runLengths[slot] == rules.stuckHours, rules.stuckHours > 1 {
                for index in pending.indices.suffix(rules.stuckHours - 1) { Self.markStuck(element, in: &pending[index]) }
            }
            if runLengths[slot] >= rules.stuckHours {
                Self.markStuck(element, in: &row)
            } else {
                held = max(held, runLengths[slot])
            }
        }
        previousHour = hour
        pending.append(row)
        if pending.count > held {
            for released in pending.prefix(pending.count - held) { try emit(released) }
            pending.removeFirst(pending.count - held)
        }
    }

    /// Releases the rows held back: the station has no more.
    public mutating func finish(emit: (HourlyObservation) throws -> Void) rethrows {
        for row in pending { try emit(row) }
        pending.removeAll()
    }

    private static func markStuck(_ element: ObservationElement, in row: inout HourlyObservation) {
        if row.readings[element]?.flag == .valid { row.readings[element]?.flag = .stuck }
    }
}
