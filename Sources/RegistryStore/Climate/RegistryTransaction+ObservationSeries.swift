import ClimateQuality
import RegistryCore

extension RegistryTransaction {
    /// Cached values derived from observations start with this; an import forgets them.
    static let seriesCachePrefix = "series:"

    /// A station's daily series (`StoredObservations.dailySeries`), kept for the rest of the transaction.
    public func dailySeries(of stationID: String) throws -> DailySeries {
        try cache.value(Self.seriesCachePrefix + stationID) { () throws -> DailySeries? in
            try StoredObservations.dailySeries(of: stationID, in: db)
        }!
    }

    /// A station's annual mean NAI and its validity (standards.md §2.4), as stored by the imports of its
    /// observations (`StationYearTable.naiAnnualMeans`): one row. A year without observations has no valid day.
    public func naiAnnualMean(of stationID: String, year: Int) throws -> StationNAIAnnualMean {
        guard let body = try StationYearTable.naiAnnualMeans.stored(of: stationID, year: year, in: db) else {
            return StationNAIAnnualMean(series: DailySeries(stationID: stationID, days: []), year: year)
        }
        return try decodeShared(StationNAIAnnualMean.self, body, entity: .station, id: stationID)
    }

    /// The NAI stations around a point with their annual means of `year` as printed and graded (whole
    /// ions per cm³), nearest first.
    func nearbyNAIStations(around point: GeoPoint, year: Int) throws -> [NearbyNAIStation] {
        let place = GeoCoordinate(latitude: point.latitude, longitude: point.longitude)
        return try stations().filter { $0.kind.serves(.nai) }.map { station in
            let mean = try naiAnnualMean(of: station.id, year: year)
            return NearbyNAIStation(stationID: station.id, name: station.name, distance: place.distance(to: station.location),
                                    heightDifference: point.elevation.map { station.elevation - $0 }, year: year,
                                    annualMean: mean.validMean.map { PrintedFigure.rounded($0, places: NAIGradeTable.places) }, validity: mean.validity.summary)
        }.sorted { $0.distance < $1.distance }
    }
}
