import Hummingbird
import RegistryCore
import RegistryStore

extension PublicSite {
    /// `GET /licence/{number}`: one licence, its status as its labels show it, and its history.
    /// A person always gets a readable page, so a revoked licence answers 200 here (410 in the API).
    func licencePage(_ request: Request, number: String, client: String) throws -> Response {
        let language = Language(request)
        let found = try lookup.find(number, client: client)
        let view = LicenceView(frame: frame(title: found.entry.subjectName, language: language, request: request),
                               found: found, issuer: configuration.issuingBody, language: language)
        return try pages.response(view)
    }
}

/// The licence page's content.
struct LicenceView: PageView {
    static let template = "licence"

    let frame: PageFrame
    let number: String
    let badge: BadgeView
    let subject: String
    let operatorName: String
    let uscc: String
    let kind: String
    let town: String
    let scope: String
    let grantedOn: String
    let validUntil: String
    let issuer: String
    let history: [HistoryRow]
    let apiHref: String

    /// One step of the public history.
    struct HistoryRow: Encodable {
        let day: String
        let event: String
        /// The CSS class: the status the step left.
        let status: String
        let reason: String?
    }

    init(frame: PageFrame, found: LicenceLookup.Found, issuer: IssuingBody, language: Language) {
        let entry = found.entry, licence = found.entry.licence
        self.frame = frame
        number = licence.number
        badge = BadgeView(entry.status, language: language)
        subject = entry.subjectName
        operatorName = entry.operatorName
        uscc = licence.operatorID.value
        kind = language.name(licence.kind)
        town = language.name(entry.town)
        scope = licence.scope
        grantedOn = licence.grantedOn.description
        validUntil = licence.validUntil.description
        self.issuer = language.pick(issuer.chinese, issuer.english)
        history = found.history.map { step in
            let deadline = step.correctionDeadline.map { language.pick("整改期限 \($0)", "correct by \($0)") }
            let reason = [step.reason, deadline].compactMap { $0 }.joined(separator: language.pick("；", "; "))
            return HistoryRow(day: step.day.description, event: language.name(step.event), status: step.status.rawValue,
                              reason: reason.isEmpty ? nil : reason)
        }
        apiHref = "/api/v1/licences/\(licence.number)"
    }
}
