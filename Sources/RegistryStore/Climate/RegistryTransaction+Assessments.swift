import ClimateQuality
import RegistryCore

extension RegistryTransaction {
    /// Assesses the season of a product subject with its crop model: the plot's representative station of
    /// the kind the model requires (a weather station, or for a greenhouse crop a greenhouse sensor; inside
    /// the plot, or the nearest within 5 km and 100 m; `stationID` names one instead, which must be of that
    /// kind and qualify too), that station's daily series, and `SeasonAssessor`. Changes nothing.
    public func assessSeason(subjectID: Int64, stationID: String? = nil, by actor: Actor) throws -> SeasonAssessment {
        try actor.require(.assessSeason)
        let subject = try subject(subjectID)
        guard case .product(let product) = subject.details else {
            throw RegistryError.wrongSubjectKind(expected: .product, actual: subject.kind)
        }
        let model = try cropModel(for: product.crop)
        guard let elevation = product.location.elevation else { throw ClimateStoreError.noPlotElevation(subjectID: subjectID) }
        let area = ProductionArea(name: product.plot, centre: GeoCoordinate(latitude: product.location.latitude,
                                                                            longitude: product.location.longitude), elevation: elevation)
        let named = try stationID.map { try station($0) }
        let choice: StationChoice
        do {
            try named.map(model.accept)
            choice = try StationSelector().choose(for: area, among: try named.map { [$0] } ?? stations(),
                                                  observing: model.requiredStationKind)
        } catch let error as ClimateQualityError {
            throw ClimateStoreError.climateQuality(error)
        }
        let key = "\(Self.seriesCachePrefix)assessment:\(model.id):\(model.version):\(product.season):\(choice.station.id)"
        let graded = try cache.value(key) { () throws -> SeasonAssessment? in
            let series = try dailySeries(of: choice.station.id)
            do { return try SeasonAssessor().assess(model, seasonYear: product.season, series: series, station: choice) } catch let error as ClimateQualityError {
                throw ClimateStoreError.climateQuality(error)
            }
        }!
        return graded.at(choice)
    }
}
