import Foundation
import RegistryCore
import RegistryStore

/// A label as JSON: its status with the reason, what it labels, the licence, the scan totals and the
/// copied-code signals.
struct LabelDocument: Encodable {
    let code: String
    let grouped: String
    let status: LicenceDocument.StatusDocument
    let batch: String
    let kind: SubjectKind
    let subject: String
    let holder: String
    let town: LicenceDocument.TownDocument?
    let climateGrade: String?
    let licenceNumber: String
    let validUntil: Day
    let issuingBody: IssuingBody
    let scans: Scans
    let signals: [Signal]
    let page: String
    let licence: String

    /// The scans recorded so far; those still queued (at most about a second's worth) are not counted.
    struct Scans: Encodable {
        let count: Int
        let firstOn: Day?
    }

    struct Signal: Encodable {
        let code: String
        let message: String
        let messageEnglish: String
    }

    init(_ found: LabelVerification, heuristics: CopyHeuristics, issuer: IssuingBody) {
        let entry = found.licence
        code = found.label.code.text
        grouped = found.label.code.grouped()
        status = LicenceDocument.StatusDocument(found.status)
        batch = found.batch.number
        kind = entry.licence.kind
        subject = entry.subjectName
        holder = entry.operatorName
        town = entry.town.map(LicenceDocument.TownDocument.init)
        climateGrade = found.grade?.chinese
        licenceNumber = entry.licence.number
        validUntil = entry.licence.validUntil
        issuingBody = issuer
        scans = Scans(count: found.scans.scans, firstOn: found.scans.firstScan.map(Day.init))
        signals = heuristics.signals(found.scans, batchLabels: found.batch.count)
            .map { Signal(code: $0.code, message: $0.chinese, messageEnglish: $0.english) }
        page = "/V/\(code)"
        licence = "/api/v1/licences/\(entry.licence.number)"
    }
}
