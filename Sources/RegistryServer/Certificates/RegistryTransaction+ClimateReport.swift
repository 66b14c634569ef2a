import LabelPrint
import RegistryCore
import RegistryStore

extension RegistryTransaction {
    /// A certificate's report: the certificate, its holder, the assessment it was issued on, its
    /// station's series, its status today and the approval state of the crop model version it was graded
    /// with, linked to its live page on `host`. Throws `RegistryError.notFound` for an unknown number.
    public func climateReport(_ number: String, host: VerificationHost) throws -> ClimateReport {
        let certificate = try climateCertificate(number)
        let assessment = try assessment(ofCertificate: certificate.number)
        let versions = try cropModelVersions(id: assessment.cropModelID)
        let model = (versions.first { $0.model.version == assessment.cropModelVersion } ?? versions[0]).model
        return ClimateReport(certificate: certificate, operatorName: try requireOperator(certificate.operatorID.value).name,
                             assessment: assessment, series: try dailySeries(of: certificate.stationID), status: certificate.status(on: today),
                             cropModelStatus: model.status, host: host)
    }
}
