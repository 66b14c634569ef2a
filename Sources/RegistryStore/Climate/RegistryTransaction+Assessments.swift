import ClimateQuality
import RegistryCore

extension RegistryTransaction {
    /// Assesses the season of a product subject with its crop model: the plot's representative weather
    /// station (inside the plot, or the nearest within 5 km and 100 m; `stationID` names one instead, which
    /// must qualify too), that station's daily series, and `SeasonAssessor`. Changes nothing.
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
        let candidates = try stationID.map { [try station($0)] } ?? stations()
        let choice: StationChoice
        do {
            choice = try StationSelector().choose(for: area, among: candidates, observing: .weather)
        } catch {
            throw ClimateStoreError.climateQuality(error)
        }
        let key = "\(Self.seriesCachePrefix)assessment:\(model.id):\(model.version):\(product.season):\(choice.station.id)"
        let graded = try cache.value(key) { () throws -> SeasonAssessment? in
            SeasonAssessor().assess(model, seasonYear: product.season, series: try dailySeries(of: choice.station.id), station: choice)
        }!
        return graded.at(choice)
    }
}
