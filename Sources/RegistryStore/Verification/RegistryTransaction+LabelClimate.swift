import RegistryCore

extension RegistryTransaction {
    /// The certificate behind a licence's climate grade, with the highlights of the assessment it was issued on.
    func labelCertificate(of licence: Licence) throws -> LabelCertificate? {
        try gradingCertificate(of: licence).map {
            LabelCertificate(number: $0.number, grade: $0.grade, highlights: try assessment(ofCertificate: $0.number).highlights)
        }
    }

    /// For a homestay's licence, the nearest NAI station with a valid annual mean last year; nil otherwise.
    func labelNAI(of licence: Licence) throws -> LabelNAI? {
        guard case .homestay(let homestay) = try subject(licence.subjectID).details else { return nil }
        let year = today.year - 1
        guard let station = try nearbyNAIStations(around: homestay.location, year: year).first(where: { $0.annualMean != nil }),
              let mean = station.annualMean, let level = try naiAnnualMean(of: station.stationID, year: year).level else { return nil }
        return LabelNAI(station: station.name, year: year, mean: mean, level: level)
    }
}
