import RegistryCore
import RegistryStore

/// A licence as JSON: in a directory listing, or (with scope, dates, issuer and history) on its own.
struct LicenceDocument: Encodable {
    let licenceNumber: String
    let kind: SubjectKind
    let subject: String
    let crop: String?
    let holder: Holder
    let town: TownDocument?
    let status: StatusDocument
    let validUntil: Day
    let page: String
    let api: String
    var scope: String?
    var grantedOn: Day?
    var issuingBody: IssuingBody?
    var history: [PublicHistoryEntry]?

    struct Holder: Encodable {
        let name: String
        let uscc: String
    }

    struct TownDocument: Encodable {
        let id: String
        let name: String
        let pinyin: String

        init(_ town: Town) {
            id = town.id
            name = town.name
            pinyin = town.pinyin
        }
    }

    /// What the labels show, with the badge text in both languages.
    struct StatusDocument: Encodable {
        let state: DisplayStatus.State
        let label: String
        let labelEnglish: String
        let source: DisplayStatus.Source
        let since: Day?
        let reason: String?
        /// A line shown beside the state, such as 称号复查中, in both languages.
        let notice: String?
        let noticeEnglish: String?

        init(_ status: DisplayStatus) {
            state = status.state
            label = Language.chinese.name(status.state)
            labelEnglish = Language.english.name(status.state)
            source = status.source
            since = status.since
            reason = status.reason
            notice = status.notice?.chinese
            noticeEnglish = status.notice?.english
        }
    }

    /// The listing form.
    init(_ entry: DirectoryEntry) {
        let licence = entry.licence
        licenceNumber = licence.number
        kind = licence.kind
        subject = entry.subjectName
        crop = entry.crop
        holder = Holder(name: entry.operatorName, uscc: licence.operatorID.value)
        town = entry.town.map(TownDocument.init)
        status = StatusDocument(entry.status)
        validUntil = licence.validUntil
        page = "/licence/\(licence.number)"
        api = "/api/v1/licences/\(licence.number)"
    }

    /// The full form, for one licence.
    init(_ found: LicenceLookup.Found, issuer: IssuingBody) {
        self.init(found.entry)
        scope = found.entry.licence.scope
        grantedOn = found.entry.licence.grantedOn
        issuingBody = issuer
        history = found.history
    }
}
