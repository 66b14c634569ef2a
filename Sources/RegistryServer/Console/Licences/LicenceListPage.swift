import Hummingbird
import RegistryCore
import RegistryStore

/// `/console/licences`: every licence, filtered by status today (`status`), kind (`kind`), the subject's town
/// (`town`) and a search over number, scope and the holder's USCC (`q`).
enum LicenceListPage {
    /// Who may look licences up (the navigation shows the section to the same roles).
    static let readers = ConsoleAccess.roles([.clerk, .reviewer, .approver, .auditor])

    static func register(on routes: ConsoleRoutes) {
        routes.get("licences", access: readers) { call in
            let status = call.query("status").flatMap(LicenceStatus.init(rawValue:))
            let kind = call.query("kind").flatMap(SubjectKind.init(rawValue:))
            let town = call.query("town").flatMap { name in Yanqing.towns.first { $0.name == name } }
            let query = call.query("q")
            let rows = try call.read { tx in
                let today = tx.today
                let townOf = Dictionary(try tx.subjects().map { ($0.id, $0.townID) }, uniquingKeysWith: { first, _ in first })
                return try tx.licences().filter { licence in
                    (status.map { licence.status(on: today) == $0 } ?? true) && (kind.map { licence.kind == $0 } ?? true)
                        && (town.map { townOf[licence.subjectID] == $0.id } ?? true)
                        && (query.map { q in
                            licence.number.localizedCaseInsensitiveContains(q) || licence.scope.localizedCaseInsensitiveContains(q)
                                || licence.operatorID.value.contains(q.uppercased())
                        } ?? true)
                }.map { LicenceRow($0, shows: try tx.displayStatus(of: $0), on: today) }
            }
            struct View: PageView {
                static let template = "console-licences"

                let frame: ConsoleFrame
                let statuses: [FormOption]
                let kinds: [FormOption]
                let towns: [FormOption]
                let query: String
                let licences: [LicenceRow]
            }
            return try call.page(View(
                frame: call.frame(title: "许可"),
                statuses: FormOption.list(LicenceStatus.allCases, current: status?.rawValue, value: \.rawValue, label: \.chinese),
                kinds: FormOption.list(SubjectKind.allCases, current: kind?.rawValue, value: \.rawValue, label: \.chinese),
                towns: FormOption.list(Yanqing.towns, current: town?.name, value: \.name, label: \.name),
                query: query ?? "", licences: rows))
        }
    }
}
