import ClimateQuality
import Foundation
import Testing

/// The CLI reads an observation file in blocks as it stores it: its peak memory does not follow the
/// file's size (it was six times the file when the file was read whole).
@Suite struct ObservationImportMemoryTests {
    static let officer = (actor: "孙卫东", role: "meteorologist")
    static let stations = ["M01", "M02", "M03", "M04", "M05"]

    /// About 40 MB of plausible hourly rows of `stations`, 200,000 hours each from 2000 on, written in
    /// pieces.
    func writeFile(at path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? file.close() }
        try file.write(contentsOf: Data("station_id,time,valid_minutes,temperature,precipitation,humidity,nai\n".utf8))
        let start = ObservationHour(date: CivilDate(year: 2000, month: 1, day: 1)!, hour: 0)!.hourNumber
        for station in Self.stations {
            var text = ""
            for hour in 0..<200_000 {
                let tenths = (hour * 37 + hour / 24 * 11) % 400 - 100
                let sign = tenths < 0 ? "-" : ""
                text += "\(station),\(ObservationHour(hourNumber: start + hour)),60,"
                    + "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10),0.0,\(40 + hour % 50),\(800 + hour * 7 % 1_200)\n"
                if text.utf8.count > 1 << 20 {
                    try file.write(contentsOf: Data(text.utf8))
                    text = ""
                }
            }
            try file.write(contentsOf: Data(text.utf8))
        }
    }

    /// Runs `observations import` under `/usr/bin/time -v`: its result and peak resident memory in MB.
    func importMeasured(_ path: String, _ cli: CommandLineRunner) throws -> (CommandLineRunner.Result, Double) {
        let result = try cli.run([], actor: Self.officer.actor, role: Self.officer.role,
                                 shell: "exec /usr/bin/time -v \"$1\" observations import '\(path)' --kind hourly")
        let line = try #require(result.error.split(separator: "\n").first { $0.contains("Maximum resident set size") })
        let kilobytes = try #require(Double(line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? ""))
        return (result, kilobytes / 1024)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
    func aFortyMegabyteImportStaysUnder120MB() throws {
        var cli = CommandLineRunner()
        cli.today = "2026-11-25"
        try cli.ok(["init"])
        for station in Self.stations {
            try cli.ok(["station", "add", "--id", station, "--name", "内存站\(station)", "--town", "张山营镇", "--lat", "40.483",
                        "--lon", "115.862", "--elevation", "530", "--kind", "both"], actor: Self.officer.actor, role: Self.officer.role)
        }
        let path = cli.folder.appendingPathComponent("forty.csv").path
        try writeFile(at: path)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > 38_000_000)

        let (first, peak) = try importMeasured(path, cli)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("1000000"), "\(first.output)")
        #expect(peak < 120, "peak RSS \(peak) MB for a \(size / 1_000_000) MB file")

        let (again, againPeak) = try importMeasured(path, cli)
        #expect(again.status == 0 && again.output.contains("nothing changed"), "\(again.output)")
        #expect(againPeak < 120, "peak RSS \(againPeak) MB on re-import")
    }
}
