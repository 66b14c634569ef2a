import LabelPrint
import RegistryCore
import RegistryStore

extension RegistryTransaction {
    /// A certificate's report: the certificate, its holder, the assessment it was issued on, its
    /// station's series and its status today, linked to its live page on `host`. Throws
    /// `RegistryError.notFound` for an unknown number.
    public func climateReport(_ number: String, host: VerificationHost) throws -> ClimateReport {
        let certificate = try climateCertificate(number)
        return ClimateReport(certificate: certificate, operatorName: try requireOperator(certificate.operatorID.value).name,
                             assessment: try assessment(ofCertificate: certificate.number),
                             series: try dailySeries(of: certificate.stationID), status: certificate.status(on: today), host: host)
    }
}
