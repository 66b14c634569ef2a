import ClimateQuality
import Foundation
import RegistryCore
import RegistryStore

// Benchmark of climate quality, run by Scripts/bench-climate in a release build:
// 1. the whole import of 10 stations × 10 years of hourly CSV into a registry (parse + QC + store, one
//    transaction), target ≥ 500,000 rows/s; parse + QC alone for comparison;
// 2. 100 product-season assessments from the stored data (station choice, series, indicators, grade),
//    target < 1 s; the same in the pure domain for comparison.

/// Seconds taken by `work`.
func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func format(_ value: Double, _ places: Int = 3) -> String { String(format: "%.\(places)f", value) }

let schemas = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Schemas")
let years = 2015...2024
let sites = (0..<10).map { index in
    let template = DemoNetwork.sites[index % DemoNetwork.sites.count]
    let station = template.station
    return DemoSite(station: Station(id: "B\(index)", name: "\(station.name)\(index)", townID: station.townID,
                                     location: station.location, elevation: station.elevation, kind: .both),
                    normals: template.normals, temperatureOffset: template.temperatureOffset,
                    diurnalRangeOffset: template.diurnalRangeOffset, naiAnnualMean: template.naiAnnualMean ?? 1200)
}
print("generating 10 stations × 10 years of hourly demo data…")
let generator = DemoObservationGenerator(sites: sites, seed: 1)
var rows: [HourlyObservation] = []
let generateSeconds = seconds { rows = generator.hourlyObservations(years: years) }
let files = Dictionary(grouping: rows, by: \.stationID).sorted { $0.key < $1.key }.map { ObservationCSVWriter.hourlyCSV($0.value) }
print("  demo generator: \(rows.count) rows in \(format(generateSeconds)) s, \(format(Double(files.map(\.count).reduce(0, +)) / 1_048_576, 1)) MB of CSV in \(files.count) files")

let importer = ObservationImporter(knownStationIDs: Set(sites.map(\.station.id)))
let parseSeconds = try seconds { for file in files { _ = try importer.importHourly(file) } }
print("parse + QC only: \(format(parseSeconds)) s, \(format(Double(rows.count) / parseSeconds, 0)) rows/s")

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-climate-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: folder) }
let now = Day("2025-03-01")!.start
let registry = try Registry(path: folder.appendingPathComponent("bench.sqlite").path,
                            configuration: try RegistryConfiguration.load(schemas: schemas, clock: { now }))
let officer = try Actor(name: "孙卫东", role: .meteorologist)
try registry.write { tx in for site in sites { try tx.addStation(site.station, by: officer) } }
var stored = 0
let importSeconds = try seconds {
    stored = try registry.write { tx in
        try tx.importObservations(files.enumerated().map { ObservationFile(name: "B\($0.offset).csv", data: $0.element) },
                                  kind: .hourly, by: officer).map(\.inserted).reduce(0, +)
    }
}
let importRate = Double(stored) / importSeconds
print("whole import (10 files: parse + QC + store in one transaction, committed): \(stored) rows in \(format(importSeconds)) s")
print("  \(format(importRate, 0)) rows/s (target ≥ 500000) \(importRate >= 500_000 ? "PASS" : "FAIL")")

// The benchmark's stations stand in the open air, so it grades the crops assessed there.
let models = registry.configuration.cropModels.filter { $0.requiredStationKind == .weather }
let operatorID = USCC.completing("93110119MA01ABCD1")!
let subjects: [Int64] = try registry.write { tx in
    try tx.addOperator(try Operator(uscc: operatorID.value, name: "基准测试合作社", kind: .cooperative, town: "张山营镇", address: "1 号"),
                       by: try Actor(name: "王芳", role: .clerk))
    return try (0..<100).map { index in
        let site = sites[index % sites.count]
        let model = models[index % models.count]
        let details = ProductDetails(crop: model.crop, plot: "地块\(index)", location: GeoPoint(
            latitude: site.station.location.latitude + 0.005, longitude: site.station.location.longitude, elevation: site.station.elevation + 20),
            areaMu: 10, season: years.lowerBound + 1 + index % (years.count - 1), expectedOutputKg: 1000, packSizeKg: 5)
        let subject = try Subject(operatorID: operatorID, name: "产品\(index)", town: "张山营镇", details: .product(details))
        return try tx.addSubject(subject, by: try Actor(name: "王芳", role: .clerk)).id
    }
}
let reviewer = try Actor(name: "李强", role: .reviewer)
var assessments: [SeasonAssessment] = []
let assessSeconds = try seconds {
    assessments = try registry.read { tx in try subjects.map { try tx.assessSeason(subjectID: $0, by: reviewer) } }
}
let grades = Dictionary(grouping: assessments, by: { $0.grade?.rawValue ?? "未评定" }).mapValues(\.count)
print("100 assessments from the store (station choice, series from stored rows, indicators, grade): \(format(assessSeconds)) s "
      + "(target < 1 s) \(assessSeconds < 1 ? "PASS" : "FAIL")")
print("  grades: " + grades.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))

let daily = DailyAggregator().aggregate(rows)
let seriesByStation = Dictionary(grouping: daily, by: \.stationID).mapValues { DailySeries(stationID: $0[0].stationID, days: $0) }
let domainSeconds = try seconds {
    for (index, assessment) in assessments.enumerated() {
        _ = try SeasonAssessor().assess(models[index % models.count], seasonYear: assessment.seasonYear,
                                    series: seriesByStation[assessment.station.station.id]!, station: assessment.station)
    }
}
print("  the same 100 in the domain alone (series already in memory): \(format(domainSeconds)) s")
