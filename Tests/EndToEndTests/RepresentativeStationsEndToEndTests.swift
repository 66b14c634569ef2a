import ClimateQuality
import Foundation
import Testing

/// The command line's side of the district's representative stations, greenhouse sensors and grades
/// decided on the printed value.
@Suite struct RepresentativeStationsEndToEndTests {
    static let officer = (actor: "孙卫东", role: "meteorologist")

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Writes hourly rows as an import file and imports it.
    func importRows(_ rows: [HourlyObservation], name: String, _ cli: CommandLineRunner) throws {
        let path = cli.folder.appendingPathComponent(name).path
        try ObservationCSVWriter.hourlyCSV(rows).write(to: URL(fileURLWithPath: path))
        try cli.ok(["observations", "import", path, "--kind", "hourly"], actor: Self.officer.actor, role: Self.officer.role)
    }

    func addStation(_ id: String, _ name: String, town: String, lat: String, lon: String, elevation: String, kind: String,
                    _ cli: CommandLineRunner) throws -> String {
        try cli.ok(["station", "add", "--id", id, "--name", name, "--town", town, "--lat", lat, "--lon", lon, "--elevation", elevation,
                    "--kind", kind], actor: Self.officer.actor, role: Self.officer.role)
    }

    /// YQ002 holds a whole year, but the representative comfort station is 54406: without `--station`
    /// the report says 54406 has no data instead of counting YQ002's months; with it, YQ002 is used and named.
    @Test func envReportUsesTheRepresentativeStationAndSaysWhenItHasNoData() throws {
        var cli = CommandLineRunner()
        cli.today = "2026-03-01"
        try cli.ok(["init"])
        _ = try addStation("YQ002", "张山营果园站", town: "张山营镇", lat: "40.483", lon: "115.862", elevation: "530", kind: "weather", cli)
        let site = DemoNetwork.sites.first { $0.station.id == "YQ002" }!
        try importRows(DemoObservationGenerator(sites: [site]).hourlyObservations(years: 2025...2025), name: "YQ002-2025.csv", cli)

        let plain = try cli.ok(["env", "report", "--year", "2025"])
        #expect(plain.contains("舒适度站 54406 无 2025 年观测资料，未改用其他站"))
        #expect(plain.contains("气候舒适月数  要求 ≥ 3 个月  实测 代表站无 2025 年观测资料  数据不足  （代表站 54406（未登记））"))
        #expect(!plain.contains("逐月舒适度"))
        let document = try json(try cli.ok(["env", "report", "--year", "2025", "--json"]))
        #expect(document["comfortStationID"] as? String == "54406")

        let chosen = try cli.ok(["env", "report", "--year", "2025", "--station", "YQ002"])
        #expect(chosen.contains("逐月舒适度 monthly comfort — 张山营果园站 (YQ002)"))
        #expect(chosen.contains("（指定站 张山营果园站 (YQ002)）"))
        #expect(chosen.contains("负氧离子年平均浓度") && chosen.contains("（代表站 全部负氧离子站（0 个））"))
    }

    /// A greenhouse sensor registers as `greenhouse`; a strawberry is refused on the open-air station with
    /// a reason to act on, and graded on the sensor.
    @Test func aGreenhouseCropIsAssessedOnItsSensorOnly() throws {
        var cli = CommandLineRunner()
        cli.today = "2026-11-25"
        try cli.ok(["init"])
        _ = try addStation("YQ007", "康庄", town: "康庄镇", lat: "40.403", lon: "115.862", elevation: "490", kind: "both", cli)
        let registered = try addStation("YQ201", "小丰营草莓温室", town: "康庄镇", lat: "40.398", lon: "115.880", elevation: "490",
                                        kind: "greenhouse", cli)
        #expect(registered.contains("（设施内传感器）"))
        #expect(try cli.ok(["station", "list"]).contains("设施内传感器"))
        let wrong = try cli.run(["station", "add", "--id", "YQ209", "--name", "x", "--town", "康庄镇", "--lat", "40.4", "--lon", "115.8",
                                 "--elevation", "490", "--kind", "tent"], actor: Self.officer.actor, role: Self.officer.role)
        #expect(wrong.status == 64 && wrong.error.contains("greenhouse"))
        let sites = DemoNetwork.sites.filter { ["YQ007", "YQ201"].contains($0.station.id) }
        let rows = DemoObservationGenerator(sites: sites).hourlyObservations(years: 2025...2026).filter { $0.time.date < CivilDate(year: 2026, month: 11, day: 1)! }
        try importRows(rows, name: "kangzhuang.csv", cli)

        let uscc = "93110119MA01ABCD16"
        try cli.ok(["operator", "add", "--uscc", uscc, "--name", "北京康庄草莓科技有限公司", "--kind", "company",
                    "--town", "康庄镇", "--address", "小丰营村 8 号"], actor: "王芳", role: "clerk")
        try cli.ok(["subject", "add", "--operator", uscc, "--kind", "product", "--name", "小丰营红颜草莓", "--town", "康庄镇", "--crop", "草莓",
                    "--plot", "小丰营村东坡地块", "--lat", "40.399", "--lon", "115.878", "--elevation", "492", "--area-mu", "20",
                    "--season", "2026", "--expected-kg", "40000", "--pack-kg", "1"], actor: "王芳", role: "clerk")
        let refused = try cli.refused(["climate", "assess", "--subject", "1", "--station", "YQ007"], actor: "李强", role: "reviewer")
        #expect(refused.contains("草莓（日光温室） 须用设施内传感器的观测资料评估（作物模型 strawberry），康庄 (YQ007) 是气象与负氧离子站"))
        #expect(refused.contains("请在温室内安装并登记设施内传感器"))
        let table = try cli.ok(["climate", "assess", "--subject", "1"], actor: "李强", role: "reviewer")
        #expect(table.contains("小丰营草莓温室 (YQ201)"))
        let certificate = try json(try cli.ok(["climate", "certify", "--subject", "1", "--json"], actor: Self.officer.actor, role: Self.officer.role))
        #expect(certificate["number"] as? String == "YQQP-2026-CM-0001")
        #expect(["特优", "优"].contains(certificate["computedGrade"] as? String), "\(certificate)")
    }

    /// A September whose THI works out to 13.988 prints 14.0 and is graded 冷, as the table puts 14.0.
    @Test func aMonthIsGradedAsItsIndexIsPrinted() throws {
        var cli = CommandLineRunner()
        cli.today = "2026-03-01"
        try cli.ok(["init"])
        _ = try addStation("54406", "延庆国家气象观测站", town: "延庆镇", lat: "40.450", lon: "115.970", elevation: "488", kind: "weather", cli)
        var lines = ["station_id,time,temperature,humidity,wind_speed,sunshine"]
        for day in 1...30 {
            for hour in 0..<24 {
                lines.append(String(format: "54406,2025-09-%02dT%02d:00,", day, hour) + (hour % 2 == 0 ? "13.488" : "14.488") + ",100,2.0,0.3")
            }
        }
        let path = cli.folder.appendingPathComponent("september.csv")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: path)
        try cli.ok(["observations", "import", path.path, "--kind", "hourly"], actor: Self.officer.actor, role: Self.officer.role)
        let report = try cli.ok(["env", "report", "--year", "2025"])
        let september = try #require(report.split(separator: "\n").first { $0.hasPrefix("9 ") })
        #expect(september.contains("14.0") && september.contains("冷") && !september.contains("寒冷"), "\(september)")
        let document = try json(try cli.ok(["env", "report", "--year", "2025", "--json"]))
        let comfort = try #require(document["comfort"] as? [[String: Any]])
        let month = try #require(comfort.first { ($0["climate"] as? [String: Any])?["month"] as? Int == 9 })
        #expect(month["temperatureHumidityIndex"] as? Double == 14.0)
        #expect(month["temperatureHumidityGrade"] as? Int == 2)
    }
}
