/// The keys (station, hour or day) of the lines an import accepted, to refuse a second line with the
/// same station and time and name the line that came first, without a dictionary entry per row.
///
/// Per station, a `KeySet` answers whether a key is taken. The lines are remembered as runs: keys
/// advancing by a constant step (of at most a day of hours) on lines advancing by a constant step, so a
/// file in time order (ascending or descending, stations in blocks or interleaved, every hour or every
/// few hours) keeps a few runs per station; only a file in no order at all keeps one per row.
struct ImportedKeys {
    /// Keys `firstKey + i × keyStep` on lines `firstLine + i × lineStep`, for `i` in `0..<count`.
    struct Run {
        var firstKey: Int
        var firstLine: Int
        var keyStep = 0
        var lineStep = 0
        var count = 1

        var lastKey: Int { firstKey + (count - 1) * keyStep }
        var lastLine: Int { firstLine + (count - 1) * lineStep }

        /// The line of `key`, if the run holds it.
        func line(of key: Int) -> Int? {
            if count == 1 { return key == firstKey ? firstLine : nil }
            let distance = key - firstKey
            guard distance % keyStep == 0 else { return nil }
            let index = distance / keyStep
            return index >= 0 && index < count ? firstLine + index * lineStep : nil
        }
    }

    /// What is known of one station's keys.
    private struct StationKeys {
        var keys = KeySet()
        var runs: [Run] = []
        /// The runs holding keys of each 4,096-key chunk, in the order the runs began.
        var runsOfChunk: [Int: [Int32]] = [:]
    }

    /// The longest step between two keys of a run.
    private static let longestStep = 24
    private static let chunkShift = 12

    /// Indexed by the importer's station numbers.
    private var stations: [StationKeys] = []

    /// Records `key` of `station` on `line`; false when the key was already taken.
    mutating func insert(station: Int, key: Int, line: Int) -> Bool {
        while stations.count <= station { stations.append(StationKeys()) }
        guard stations[station].keys.insert(key) else { return false }
        let chunk = key >> Self.chunkShift
        if var run = stations[station].runs.last, extends(run, key: key, line: line) {
            if run.count == 1 {
                run.keyStep = key - run.firstKey
                run.lineStep = line - run.firstLine
            }
            let previousChunk = run.lastKey >> Self.chunkShift
            run.count += 1
            stations[station].runs[stations[station].runs.count - 1] = run
            if chunk != previousChunk {
                stations[station].runsOfChunk[chunk, default: []].append(Int32(stations[station].runs.count - 1))
            }
        } else {
            stations[station].runs.append(Run(firstKey: key, firstLine: line))
            stations[station].runsOfChunk[chunk, default: []].append(Int32(stations[station].runs.count - 1))
        }
        return true
    }

    /// The line that took `key` of `station` first.
    func firstLine(station: Int, key: Int) -> Int? {
        guard station < stations.count else { return nil }
        for run in stations[station].runsOfChunk[key >> Self.chunkShift] ?? [] {
            if let line = stations[station].runs[Int(run)].line(of: key) { return line }
        }
        return nil
    }

    /// The keys taken of `station`.
    func keys(of station: Int) -> KeySet { station < stations.count ? stations[station].keys : KeySet() }

    private func extends(_ run: Run, key: Int, line: Int) -> Bool {
        if run.count == 1 { return abs(key - run.firstKey) <= Self.longestStep && line > run.firstLine }
        return key == run.lastKey + run.keyStep && line == run.lastLine + run.lineStep
    }
}
