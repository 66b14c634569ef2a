import RegistryCore

/// A licence as a row of a console list: its number, kind, scope, status today and what its labels show.
struct LicenceRow: Encodable {
    let number: String
    let kind: String
    let scope: String
    let status: String
    let shows: String
    let validUntil: String
    let operatorUSCC: String
    let href: String

    init(_ licence: Licence, shows: DisplayStatus, on day: Day) {
        number = licence.number
        kind = licence.kind.chinese
        scope = licence.scope
        status = licence.status(on: day).chinese
        self.shows = shows.state.chinese
        validUntil = licence.validUntil.description
        operatorUSCC = licence.operatorID.value
        href = "/console/licences/\(licence.number)"
    }
}
