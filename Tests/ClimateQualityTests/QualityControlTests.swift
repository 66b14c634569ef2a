import Testing
@testable import ClimateQuality

@Suite struct QualityControlTests {
    static func rows(nai: [Double], temperatures: [Double]? = nil) -> [HourlyObservation] {
        nai.indices.map { hour in
            var readings = Fixtures.readings([.nai: nai[hour]])
            if let temperatures { readings.temperature = Reading(temperatures[hour]) }
            return HourlyObservation(stationID: "S1", time: ObservationHour(date: Fixtures.date("2025-06-01"), hour: hour)!,
                                     readings: readings)
        }
    }

    @Test func spikesAreFlaggedNotDropped() {
        var rows = Self.rows(nai: [1000, 1100, 60_000, 1200, 900, 9500, 1000])
        QualityControl().apply(to: &rows)
        #expect(rows.count == 7)
        #expect(rows.map { $0.readings.nai!.flag } == [.valid, .valid, .spike, .valid, .valid, .spike, .valid])
        #expect(rows[2].readings.nai?.value == 60_000)
    }

    @Test func sixEqualHoursAreAStuckSensorFiveAreNot() {
        var stuck = Self.rows(nai: [1000, 1500, 1500, 1500, 1500, 1500, 1500, 1200])
        QualityControl().apply(to: &stuck)
        #expect(stuck.map { $0.readings.nai!.flag } == [.valid] + Array(repeating: .stuck, count: 6) + [.valid])
        var fine = Self.rows(nai: [1000, 1500, 1500, 1500, 1500, 1500, 1200, 1200])
        QualityControl().apply(to: &fine)
        #expect(fine.allSatisfy { $0.readings.nai!.flag == .valid })
    }

    @Test func stuckTemperatureIsFlaggedAndRowsOutOfOrderAreHandled() {
        var rows = Self.rows(nai: Array(repeating: 1000, count: 3) + [1100, 1200, 1300, 1400],
                             temperatures: [5, 5, 5, 5, 5, 5, 6]).reversed() as [HourlyObservation]
        QualityControl().apply(to: &rows)
        let flags = rows.sorted { $0.time < $1.time }.map { $0.readings.temperature!.flag }
        #expect(flags == Array(repeating: .stuck, count: 6) + [.valid])
        #expect(rows.allSatisfy { $0.readings.nai!.flag == .valid })
    }

    @Test func importFlagsSpikes() throws {
        let text = "station_id,time,nai\nS1,2025-06-01T00:00,1000\nS1,2025-06-01T01:00,70000\n"
        let result = try ObservationImporter().importHourly(.init(text.utf8))
        #expect(result.rows.map { $0.readings.nai!.flag } == [.valid, .spike])
    }
}
