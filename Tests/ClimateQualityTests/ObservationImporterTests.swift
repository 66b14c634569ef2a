import Foundation
import Testing
@testable import ClimateQuality

@Suite struct ObservationImporterTests {
    static let header = "station_id,time,valid_minutes,temperature,precipitation,humidity,nai"

    static func hourly(_ lines: [String], header: String = header, known: Set<String>? = nil) throws -> ObservationImport<HourlyObservation> {
        try ObservationImporter(knownStationIDs: known).importHourly(Data(([header] + lines).joined(separator: "\n").utf8))
    }

    static let good = [
        "54406,2025-06-01T00:00,60,18.2,0,65,1200",
        "54406,2025-06-01T01:00,60,17.9,0.2,70,1250",
        "54406,2025-06-01T02:00,,17.5,,72,1190",
    ]

    @Test func cleanFileIsAccepted() throws {
        let result = try Self.hourly(Self.good)
        #expect(result.isClean)
        #expect(result.rows.count == 3)
        #expect(result.dataLineCount == 3)
        #expect(result.rows[1].readings.precipitation == Reading(0.2))
        #expect(result.rows[2].readings.precipitation == nil)
        #expect(result.rows[2].validMinutes == nil)
        #expect(result.rows[0].time.description == "2025-06-01T00:00")
    }

    @Test func byteOrderMarkCRLFQuotesAndSpaceSeparatedTimesAreAccepted() throws {
        let text = "\u{FEFF}Station_ID,time,temperature\r\n\"54406\",2025-06-01 00:00,\"18.5\"\r\n54406,2025-06-01 01:00:00,18.1\r\n"
        let result = try ObservationImporter().importHourly(Data(text.utf8))
        #expect(result.isClean, "\(result.rejections.map(\.english))")
        #expect(result.rows.map(\.readings.temperature?.value) == [18.5, 18.1])
    }

    @Test func impossibleTemperatureIsRefusedByLineAndNothingOfTheLineIsKept() throws {
        let result = try Self.hourly([Self.good[0], "54406,2025-06-01T01:00,60,250,0.2,70,1250", Self.good[2]])
        #expect(result.rejections == [RowRejection(line: 3, column: "temperature", value: "250",
                                                   reason: .outOfRange(lower: -60, upper: 60, unit: "℃"))])
        #expect(result.rows.map(\.time.hour) == [0, 2])
        #expect(result.rejections[0].chinese == "第 3 行 temperature=\"250\"：超出合理范围 -60…60 ℃")
        #expect(result.rejections[0].english == "line 3 temperature=\"250\": outside the plausible range -60…60 ℃")
        #expect(!result.isClean)
    }

    @Test func negativePrecipitationAndNAIAreRefused() throws {
        let result = try Self.hourly(["54406,2025-06-01T00:00,60,18.2,-0.1,65,-5"])
        #expect(result.rejections.map(\.column) == ["precipitation", "nai"])
        #expect(result.rejections.allSatisfy { $0.reason == .negative && $0.line == 2 })
        #expect(result.rows.isEmpty)
    }

    @Test func duplicateTimestampsAreRefused() throws {
        let result = try Self.hourly(Self.good + ["54406,2025-06-01T01:00,60,17.0,0,70,1250", "54407,2025-06-01T01:00,60,17.0,0,70,1250"])
        #expect(result.rejections == [RowRejection(line: 5, column: "time", value: "2025-06-01T01:00",
                                                   reason: .duplicateTimestamp(firstLine: 3))])
        #expect(result.rows.count == 4)
    }

    @Test func nonUTF8BytesAreRefusedByLine() throws {
        var bytes = Array(([Self.header, Self.good[0]].joined(separator: "\n") + "\n").utf8)
        bytes += Array("54406,2025-06-01T01:00,60,17.9,0.2,70,".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
        bytes += Array(Self.good[2].utf8)
        let result = try ObservationImporter().importHourly(Data(bytes))
        #expect(result.rejections == [RowRejection(line: 3, reason: .notUTF8)])
        #expect(result.rows.count == 2)
    }

    @Test func aFileCutInTheMiddleOfALineIsReported() throws {
        let result = try Self.hourly(Self.good + ["54406,2025-06-01T03:00,60,17"])
        #expect(result.rejections == [RowRejection(line: 5, reason: .fieldCount(expected: 7, found: 4))])
        #expect(result.rows.count == 3)
    }

    @Test func aFileCutInsideAQuotedFieldIsReported() throws {
        let result = try Self.hourly(Self.good + ["54406,2025-06-01T03:00,60,\"17"])
        #expect(result.rejections == [RowRejection(line: 5, reason: .unterminatedQuote)])
    }

    @Test func malformedQuotingIsReported() throws {
        let result = try Self.hourly(["54406,2025-06-01T03:00,60,1\"7,0,60,1000", "54406,2025-06-01T04:00,60,\"17\"x,0,60,1000",
                                  Self.good[0]])
        #expect(result.rejections.map(\.line) == [2, 3])
        #expect(result.rejections.allSatisfy { $0.reason == .malformedQuoting })
        #expect(result.rows.count == 1)
    }

    @Test func unknownAndMissingColumnsRefuseTheWholeFile() throws {
        let unknown = try Self.hourly(Self.good, header: Self.header + ",pressure")
        #expect(unknown.rows.isEmpty)
        #expect(unknown.rejections.count == 1)
        #expect(unknown.rejections[0].line == 1)
        #expect(unknown.rejections[0].column == "pressure")
        let missing = try Self.hourly(["18.2,0"], header: "station_id,temperature,precipitation")
        #expect(missing.rejections == [RowRejection(line: 1, column: "time", reason: .missingColumn)])
        let empty = try ObservationImporter().importHourly(Data())
        #expect(empty.rejections == [RowRejection(line: 1, reason: .emptyFile)])
    }

    @Test func badFieldsAreEachReported() throws {
        let result = try Self.hourly([
            "54406,2025-06-01T00:30,60,18.2,0,65,1200",
            "54406,2025-13-01T00:00,60,18.2,0,65,1200",
            "54406,2025-06-01T01:00,61,abc,0,101,1200",
            ",2025-06-01T02:00,60,18,0,65,1200",
        ])
        #expect(result.rows.isEmpty)
        #expect(result.rejections.map(\.reason) == [
            .notOnTheHour, .badTime(expected: "YYYY-MM-DDTHH:MM"), .outOfRange(lower: 0, upper: 60, unit: ""), .notANumber,
            .outOfRange(lower: 0, upper: 100, unit: "%"), .emptyRequiredField,
        ])
        #expect(result.rejectedLineCount == 4)
    }

    @Test func unregisteredStationsAreRefused() throws {
        let result = try Self.hourly(Self.good, known: ["54407"])
        #expect(result.rows.isEmpty)
        #expect(result.rejections.allSatisfy { $0.reason == .unknownStation })
    }

    @Test func qualityCodesSetFlagsAndMissing() throws {
        let result = try Self.hourly(["54406,2025-06-01T00:00,60,18.2,0,65,1200,1,8", "54406,2025-06-01T01:00,60,18.2,0,65,1200,5,0"],
                                 header: Self.header + ",temperature_qc,nai_qc")
        #expect(result.rows.count == 1)
        #expect(result.rows[0].readings.temperature?.flag == .sourceSuspect)
        #expect(result.rows[0].readings.nai == nil)
        #expect(result.rejections == [RowRejection(line: 3, column: "temperature_qc", value: "5", reason: .unknownQualityCode)])
    }

    @Test func inconsistentTemperaturesAreRefused() throws {
        let result = try Self.hourly(["54406,2025-06-01T00:00,18.2,17.0,19.0", "54406,2025-06-01T01:00,18.2,19.0,18.0"],
                                 header: "station_id,time,temperature,temperature_min,temperature_max")
        #expect(result.rows.count == 1)
        #expect(result.rejections.map(\.reason) == [.inconsistentTemperatures])
    }

    @Test func dailyFilesCarryAQIAndValidHours() throws {
        let text = "station_id,date,valid_hours,temperature,aqi\n54406,2025-06-01,24,21.0,45\n54406,2025-06-02,18,20.0,120\n"
            + "54406,2025-06-03,24,20.0,600\n"
        let result = try ObservationImporter().importDaily(Data(text.utf8))
        #expect(result.rows.count == 2)
        #expect(result.rows[1].readings.temperature?.flag == .incomplete)
        #expect(result.rows[0].readings.aqi == Reading(45))
        #expect(result.rejections.map(\.line) == [4])
    }

    @Test func writerOutputImportsBackUnchanged() throws {
        let rows = DemoObservationGenerator().hourlyObservations(years: 2024...2024).filter { $0.stationID == "YQ002" }.prefix(200)
        let result = try ObservationImporter().importHourly(ObservationCSVWriter.hourlyCSV(rows))
        #expect(result.isClean)
        #expect(result.rows == Array(rows))
    }
}

@Suite struct ImportProgressTests {
    @Test func progressIsReportedForLongFiles() throws {
        let lines = (0..<120_000).map { "S1,\(CivilDate(dayNumber: 20_000 + $0 / 24))T\(String(format: "%02d", $0 % 24)):00,\($0 % 30)" }
        let text = (["station_id,time,temperature"] + lines).joined(separator: "\n")
        let reports = Reports()
        let result = try ObservationImporter().importHourly(Data(text.utf8)) { reports.add($0) }
        #expect(result.rows.count == 120_000)
        #expect(reports.all.map(\.dataLines) == [50_000, 100_000])
        #expect(reports.all.allSatisfy { $0.fraction > 0 && $0.fraction < 1 })
    }

    /// Collects progress reports (the importer calls back on the caller's thread).
    final class Reports: @unchecked Sendable {
        var all: [ImportProgress] = []
        func add(_ report: ImportProgress) { all.append(report) }
    }
}
