import RegistryCore
import RegistryStore

/// A licence as the CLI shows it: its status today (expiry follows from the date), its holder's name,
/// and what its labels show today.
struct LicenceView: Encodable {
    let licence: Licence
    let status: LicenceStatus
    let holder: String
    let shows: DisplayStatus

    static func read(_ licence: Licence, in tx: RegistryTransaction) throws -> LicenceView {
        LicenceView(licence: licence, status: licence.status(on: tx.today), holder: try tx.requireOperator(licence.operatorID.value).name,
                    shows: try tx.displayStatus(of: licence))
    }
}
