import Foundation
import RegistryCore
import RegistryStore

/// A label as JSON: its status with the reason, what it labels, the licence, the climate grade with the
/// season's highlights, a homestay's NAI, the scan totals and the copied-code signals: the facts of
/// the verification page.
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
    /// The certificate behind the climate grade, with its season's highlights.
    let certificate: Certificate?
    /// A homestay's nearest NAI station with a valid annual mean last year.
    let nai: NAI?
    let licenceNumber: String
    let validUntil: Day
    let issuingBody: IssuingBody
    let scans: Scans
    let signals: [Signal]
    let page: String
    let licence: String
    /// Present when the look-up gave a GTIN: whether the GS1 Digital Link matches the label's batch.
    let link: Link?

    /// The scans recorded so far; those still queued (at most about a second's worth) are not counted.
    struct Scans: Encodable {
        let count: Int
        let firstOn: Day?
    }

    struct Certificate: Encodable {
        let number: String
        /// Sentences such as "转色至成熟期日较差 11.8 ℃，日照 362 小时".
        let highlights: [String]
        /// Path of the certificate's report.
        let page: String
    }

    struct NAI: Encodable {
        let station: String
        let year: Int
        /// Ions per cm³.
        let mean: Double
        /// `Ⅰ` … `Ⅵ`.
        let level: String
        let grade: String
    }

    /// A GS1 Digital Link's GTIN and lot against those the label's batch was registered with.
    struct Link: Encodable {
        /// `match`, or `mismatch` when the GTIN or lot is not the batch's (the answer is then 422).
        let status: String
        let gtin: String
        let lot: String?
        /// What the batch was registered with: its GTIN and lot, or none (a short-link batch).
        let registeredGTIN: String?
        let registeredLot: String?
        let message: String?
        let messageEnglish: String?
    }

    struct Signal: Encodable {
        let code: String
        let message: String
        let messageEnglish: String
    }

    init(_ found: LabelVerification, link given: GS1DigitalLink?, mismatch: DigitalLinkMismatch?, heuristics: CopyHeuristics,
         issuer: IssuingBody, at now: Date) {
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
        certificate = found.certificate.map { Certificate(number: $0.number, highlights: $0.highlights, page: "/certificate/\($0.number)") }
        nai = found.nai.map { NAI(station: $0.station, year: $0.year, mean: $0.mean, level: $0.level.level, grade: $0.level.description) }
        licenceNumber = entry.licence.number
        validUntil = entry.licence.validUntil
        issuingBody = issuer
        scans = Scans(count: found.scans.scans, firstOn: found.scans.firstScan.map(Day.init))
        signals = heuristics.signals(found.scans, batchLabels: found.batch.count, at: now)
            .map { Signal(code: $0.code, message: $0.chinese, messageEnglish: $0.english) }
        page = "/V/\(code)"
        licence = "/api/v1/licences/\(entry.licence.number)"
        link = given.map { given in
            let registered: (gtin: String?, lot: String?) = switch found.batch.link {
            case .short: (nil, nil)
            case .digitalLink(let gtin, let lot): (gtin.description, lot.description)
            }
            return Link(status: mismatch == nil ? "match" : "mismatch", gtin: given.gtin.description, lot: given.lot?.description,
                        registeredGTIN: registered.gtin, registeredLot: registered.lot, message: mismatch?.chinese, messageEnglish: mismatch?.english)
        }
    }
}
