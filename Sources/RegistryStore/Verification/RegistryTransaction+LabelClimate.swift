import ClimateQuality
import RegistryCore

extension RegistryTransaction {
    /// The certificate behind a licence's climate grade, with the highlights of the assessment it was issued on.
    func labelCertificate(of licence: Licence) throws -> LabelCertificate? {
        try gradingCertificate(of: licence).map {
            LabelCertificate(number: $0.number, grade: $0.grade, highlights: try assessment(ofCertificate: $0.number).highlights)
        }
    }

    /// For a homestay's licence, the nearest NAI station with a valid annual mean last year (as printed and
    /// graded, a whole number); nil otherwise.
    /// Stations are tried nearest first and each mean is computed only when reached, because a mean reads
    /// a whole year of hourly rows and this runs on every scan of a homestay plaque.
    func labelNAI(of licence: Licence) throws -> LabelNAI? {
        guard case .homestay(let homestay) = try subject(licence.subjectID).details else { return nil }
        let year = today.year - 1
        let place = GeoCoordinate(latitude: homestay.location.latitude, longitude: homestay.location.longitude)
        let nearestFirst = try stations().filter { $0.kind.serves(.nai) }.sorted { place.distance(to: $0.location) < place.distance(to: $1.location) }
        for station in nearestFirst {
            let mean = try naiAnnualMean(of: station.id, year: year)
            if let value = mean.validMean, let level = mean.level {
                return LabelNAI(station: station.name, year: year, mean: PrintedFigure.rounded(value, places: NAIGradeTable.places), level: level)
            }
        }
        return nil
    }
}
