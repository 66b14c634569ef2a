import ClimateQuality
import Foundation

// Benchmark of the climate-quality domain: parse + QC of 10 stations × 10 years of hourly CSV, and
// 100 product-season assessments. Run through Scripts/bench-climate/run.

/// Seconds taken by `work`.
func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

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
let files = Dictionary(grouping: rows, by: \.stationID).values.map { ObservationCSVWriter.hourlyCSV($0) }
let megabytes = Double(files.map(\.count).reduce(0, +)) / 1_048_576
print("  demo generator: \(rows.count) rows in \(String(format: "%.3f", generateSeconds)) s")
print("  \(rows.count) rows in \(files.count) files, \(String(format: "%.1f", megabytes)) MB of CSV")

let importer = ObservationImporter(knownStationIDs: Set(sites.map(\.station.id)))
var imported: [ObservationImport<HourlyObservation>] = []
let parseSeconds = seconds { imported = files.map { importer.importHourly($0) } }
let importedRows = imported.map(\.rows.count).reduce(0, +)
let rejected = imported.map(\.rejections.count).reduce(0, +)
let flagged = imported.flatMap(\.rows).filter { !($0.readings.nai?.flag.countsAsValid ?? true) }.count
print("parse + QC (CSV → checked, flagged rows; storage not included):")
print("  \(importedRows) rows, \(rejected) rejected, \(flagged) NAI readings flagged, \(String(format: "%.3f", parseSeconds)) s")
print("  \(String(format: "%.0f", Double(importedRows) / parseSeconds)) rows/s (target for the whole import ≥ 500000 rows/s)")

var daily: [DailyObservation] = []
let aggregateSeconds = seconds { daily = DailyAggregator().aggregate(imported.flatMap(\.rows)) }
print("hourly → daily aggregation: \(daily.count) days, \(String(format: "%.3f", aggregateSeconds)) s")

let models = try CropModelLoader.loadAll(in: URL(fileURLWithPath: CommandLine.arguments.count > 1
    ? CommandLine.arguments[1] : "Schemas/crops"))
let seriesByStation = Dictionary(grouping: daily, by: \.stationID).mapValues { DailySeries(stationID: $0[0].stationID, days: $0) }
let seasons = (0..<100).map { index in
    (model: models[index % models.count], year: years.lowerBound + 1 + index % (years.count - 1), site: sites[index % sites.count])
}
var assessments: [SeasonAssessment] = []
let assessSeconds = seconds {
    assessments = seasons.map { season in
        let choice = try! StationSelector().choose(
            for: ProductionArea(name: "产地", centre: season.site.station.location, elevation: season.site.station.elevation),
            among: sites.map(\.station), observing: .weather)
        return SeasonAssessor().assess(season.model, seasonYear: season.year, series: seriesByStation[choice.station.id]!,
                                       station: choice)
    }
}
let grades = Dictionary(grouping: assessments, by: { $0.grade?.rawValue ?? "未评定" }).mapValues(\.count)
print("100 product-season assessments (station choice + indicators + grade): \(String(format: "%.3f", assessSeconds)) s (target < 1 s)")
print("  grades: " + grades.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
