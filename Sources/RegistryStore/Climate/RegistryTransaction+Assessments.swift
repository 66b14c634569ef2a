import ClimateQuality
import RegistryCore

extension RegistryTransaction {
    /// Assesses the season of a product subject with its crop model: the plot's representative station of
    /// the kind the model requires (a weather station, or for a greenhouse crop a greenhouse sensor; inside
    /// the plot, or the nearest within 5 km and 100 m; `stationID` names one instead, which must be of that
    /// kind and qualify too), that station's daily series, and `SeasonAssessor`. `season` names a later
    /// season than the subject's own (a renewal's new season), up to this year. Changes nothing.
    public func assessSeason(subjectID: Int64, season: Int? = nil, stationID: String? = nil, by actor: Actor) throws -> SeasonAssessment {
        try actor.require(.assessSeason)
        let subject = try subject(subjectID, season: season)
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

    /// The subject, for a product with its season set to `season` when one is named: from the subject's own
    /// season to this year.
    func subject(_ id: Int64, season: Int?) throws -> Subject {
        var subject = try subject(id)
        guard let season, case .product(var product) = subject.details else { return subject }
        guard (product.season...max(product.season, today.year)).contains(season) else {
            throw FieldError.invalid(field: .season, chinese: "应在 \(product.season) 至 \(max(product.season, today.year)) 之间",
                                     english: "must be from \(product.season) to \(max(product.season, today.year))")
        }
        product.season = season
        subject.details = .product(product)
        return subject
    }
}
