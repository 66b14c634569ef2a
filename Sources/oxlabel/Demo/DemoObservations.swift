import ClimateQuality
import Foundation
import RegistryCore
import RegistryStore

/// The demo's monitoring network: the stations of `DemoNetwork`, registered by the weather bureau's
/// data officer, and their hourly observations generated once for the demo's seasons up to yesterday
/// and imported month by month through the registry's import path (CSV, parse, quality control, store),
/// each file dated the second day of the following month; the figures per station and year are computed
/// once, after the last month, from each station's series read once.
struct DemoObservations {
    static let meteorologist = try! Actor(name: "孙卫东", role: .meteorologist)

    /// Registers the stations and imports the observations of `years`.
    static func load(into tx: RegistryTransaction, years: ClosedRange<Int>, today: Day) throws {
        let first = Day(year: years.lowerBound, month: 1, day: 1)!
        for station in DemoNetwork.stations {
            try tx.backdated(to: first.start.addingTimeInterval(-86_400 * 30)).addStation(station, by: meteorologist)
        }
        let cutoff = CivilDate(year: today.year, month: today.month, day: today.day)!
        let rows = DemoObservationGenerator().hourlyObservations(years: years).filter { $0.time.date < cutoff }
        var months: [Int: [Range<Int>]] = [:]
        var runStart = 0
        for index in rows.indices {
            let next = index + 1
            if next == rows.count || rows[next].stationID != rows[index].stationID || Self.month(of: rows[next]) != Self.month(of: rows[index]) {
                months[Self.month(of: rows[index]), default: []].append(runStart..<next)
                runStart = next
            }
        }
        for key in months.keys.sorted() {
            let (year, month) = (key / 12, key % 12 + 1)
            let imported = min(Day(year: year, month: month, day: 1)!.adding(months: 1).adding(days: 1), today)
            let csv = ObservationCSVWriter.hourlyCSV(months[key]!.flatMap { rows[$0] })
            try tx.backdated(to: imported.start.addingTimeInterval(8 * 3600)).importObservations(
                [ObservationFile(name: String(format: "yanqing-%04d-%02d.csv", year, month), data: csv)], kind: .hourly, by: meteorologist,
                deferringStationYears: true)
        }
        try tx.refreshStationYears()
    }

    private static func month(of row: HourlyObservation) -> Int { row.time.date.year * 12 + row.time.date.month - 1 }

    /// The demo station observing `kind` nearest a town's seat, preferring the town's own stations.
    static func station(in town: Town, observing kind: Station.Kind) -> Station? {
        let candidates = DemoNetwork.stations.filter { $0.kind.serves(kind) }
        let seat = GeoCoordinate(latitude: town.latitude, longitude: town.longitude)
        let own = candidates.filter { $0.townID == town.id }
        return (own.isEmpty ? candidates : own).min { seat.distance(to: $0.location) < seat.distance(to: $1.location) }
    }
}
