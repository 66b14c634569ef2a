import Foundation
import RegistryFixtures
import Testing
@testable import ClimateQuality

/// The importer reads a file in blocks: what it finds must not depend on where the blocks end.
@Suite struct ObservationStreamingTests {
    /// An importer reading blocks of `blockSize` bytes.
    static func importer(blockSize: Int, recordLimit: Int = 1 << 20, rejectionLimit: Int = ObservationImporter.listedRejections)
        -> ObservationImporter {
        var importer = ObservationImporter()
        importer.blockSize = blockSize
        importer.recordLimit = recordLimit
        importer.rejectionLimit = rejectionLimit
        return importer
    }

    /// Each row's readings by station and hour.
    static func readings(_ rows: [HourlyObservation]) -> [String: ElementReadings] {
        Dictionary(uniqueKeysWithValues: rows.map { ("\($0.stationID) \($0.time)", $0.readings) })
    }

    @Test func aQuotedLineBreakSplitAtEveryByteReadsAsInOneBlock() throws {
        let text = "\u{FEFF}station_id,time,temperature\r\nS1,2025-06-01T00:00,18\r\nS1,2025-06-01T01:00,\"1\r\n8\"\r\n\r\n"
            + "S1,2025-06-01T02:00,x\r\nS1,2025-06-01T03:00,\"19\"\r\n"
        let whole = try Self.importer(blockSize: 1 << 20).importHourly(Data(text.utf8))
        #expect(whole.rejections == [RowRejection(line: 3, column: "temperature", value: "1\r\n8", reason: .notANumber),
                                     RowRejection(line: 6, column: "temperature", value: "x", reason: .notANumber)])
        #expect(whole.rows.map(\.readings.temperature?.value) == [18, 19])
        #expect(whole.dataLineCount == 4)
        for blockSize in 4...text.utf8.count {
            let split = try Self.importer(blockSize: blockSize).importHourly(Data(text.utf8))
            #expect(split == whole, "blocks of \(blockSize) bytes")
        }
    }

    @Test func aDuplicateInALaterBlockNamesTheFirstLine() throws {
        let rows = QualityControlScenario.rows(stations: ["A", "B"], hours: 300)
        let interleaved = rows.sorted { ($0.time, $0.stationID) < ($1.time, $1.stationID) }
        for order in [rows, interleaved, rows.reversed()] {
            var lines = String(decoding: ObservationCSVWriter.hourlyCSV(order), as: UTF8.self).split(separator: "\n").map(String.init)
            let twice = 150
            lines.append(lines[twice])
            let result = try Self.importer(blockSize: 97).importHourly(Data(lines.joined(separator: "\n").utf8))
            let time = String(lines[twice].split(separator: ",")[1])
            #expect(result.rejections == [RowRejection(line: lines.count, column: "time", value: time,
                                                       reason: .duplicateTimestamp(firstLine: twice + 1))])
            #expect(result.rows.count == order.count)
        }
    }

    @Test func stuckRunsAndSpikesAcrossBlocksAreFlaggedAsOnTheWholeFile() throws {
        let rows = QualityControlScenario.rows(stations: ["A", "B", "C"], hours: 2_000)
        var expected = rows
        ReferenceQualityControl().apply(to: &expected)
        #expect(expected.contains { $0.readings.temperature?.flag == .stuck } && expected.contains { $0.readings.nai?.flag == .spike })
        let result = try Self.importer(blockSize: 61).importHourly(ObservationCSVWriter.hourlyCSV(rows))
        #expect(result.isClean)
        #expect(Self.readings(result.rows) == Self.readings(expected))
    }

    @Test func stationsOutOfOrderOrInterleavedGetTheFlagsOfTheWholeFile() throws {
        let rows = QualityControlScenario.rows(stations: ["A", "B", "C"], hours: 1_500, seed: 3)
        var expected = rows
        ReferenceQualityControl().apply(to: &expected)
        let interleaved = rows.sorted { ($0.time, $0.stationID) < ($1.time, $1.stationID) }
        let oneStationLate = rows.filter { $0.stationID != "B" } + QualityControlScenario.shuffled(rows.filter { $0.stationID == "B" })
        for order in [interleaved, Array(rows.reversed()), QualityControlScenario.shuffled(rows), oneStationLate] {
            let result = try Self.importer(blockSize: 4_096).importHourly(ObservationCSVWriter.hourlyCSV(order))
            #expect(result.isClean)
            #expect(Self.readings(result.rows) == Self.readings(expected))
        }
    }

    @Test func streamingQualityControlAgreesWithTheWholeFileOracle() {
        for seed in UInt64(1)...20 {
            let rows = QualityControlScenario.shuffled(QualityControlScenario.rows(stations: ["A", "B"], hours: 400, seed: seed), seed: seed)
            var expected = rows
            ReferenceQualityControl().apply(to: &expected)
            var flagged = rows
            QualityControl().apply(to: &flagged)
            #expect(flagged == expected, "seed \(seed)")
        }
    }

    @Test func refusalsBeyondTheLimitAreCountedNotKept() throws {
        let lines = ["station_id,time,temperature"] + (0..<12).map { "S1,2025-06-01T\(String(format: "%02d", $0)):00,\($0 % 2 == 0 ? "x" : "99")" }
            + ["S1,2025-06-02T00:00,5"]
        let result = try Self.importer(blockSize: 50, rejectionLimit: 5).importHourly(Data(lines.joined(separator: "\n").utf8))
        #expect(result.rejections.map(\.line) == [2, 3, 4, 5, 6])
        #expect(result.rejectedLineCount == 12)
        #expect(result.rows.count == 1)
    }

    @Test func aRecordLongerThanTheLimitIsRefusedAndReadingGoesOn() throws {
        let text = "station_id,time,temperature\nS1,2025-06-01T00:00,\"" + String(repeating: "9", count: 300) + "\nS1,2025-06-01T01:00,4\n"
            + "S1,2025-06-01T02:00,5\n"
        let result = try Self.importer(blockSize: 64, recordLimit: 128).importHourly(Data(text.utf8))
        #expect(result.rejections == [RowRejection(line: 2, reason: .lineTooLong(limit: 128))])
        #expect(result.rows.map(\.time.hour) == [1, 2])
        let whole = try Self.importer(blockSize: 64).importHourly(Data(text.utf8))
        #expect(whole.rejections == [RowRejection(line: 2, reason: .unterminatedQuote)])
    }

    @Test func keySetsHoldHoursBefore1970() {
        var keys = KeySet()
        #expect(keys.insert(-1) && keys.insert(0) && keys.insert(-4_097) && !keys.insert(-1))
        #expect(keys.contains(-4_097) && !keys.contains(-4_096) && !keys.contains(1))
        #expect(ObservationHour(hourNumber: -1).description == "1969-12-31T23:00")
        #expect(ObservationHour(hourNumber: 24).description == "1970-01-02T00:00")
    }
}
