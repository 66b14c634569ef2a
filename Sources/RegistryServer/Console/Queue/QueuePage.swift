import Hummingbird
import RegistryCore

/// `GET /console`: the work queue. Counts by state, the open applications (or those of one state)
/// filtered by town, kind and age, overdue ones marked. Staff without an application role see the
/// sections their roles open instead.
enum QueuePage {
    /// The roles that work on applications and see the queue.
    static let access = ConsoleAccess.roles([.clerk, .reviewer, .approver, .auditor])

    static func register(on routes: ConsoleRoutes) {
        routes.get("") { call in try show(call) }
    }

    static func show(_ call: ConsoleCall) throws -> Response {
        guard access.allows(call.staff.account) else {
            return try call.page(View(frame: call.frame(title: "工作台"), reviews: nil, queue: nil))
        }
        let filter = QueueFilter(call)
        let (entries, reviews) = try call.read { tx in
            (try tx.queueEntries(deadlines: QueueDeadlines()).filter(filter.admits),
             call.staff.permits(.reviewLicenceBasis)
                ? try tx.licencesAwaitingReview().map { View.Review($0, certificate: try tx.restingCertificate(of: $0)) } : [])
        }
        let counts = ApplicationState.allCases.map { state in
            View.StateCount(label: state.chinese, count: entries.filter { $0.state == state }.count,
                            href: filter.query(state: state), current: filter.state == state)
        }
        let listed = entries.filter(filter.lists)
        let queue = View.Queue(
            counts: counts, allOpenHref: filter.query(state: nil), showingOpen: filter.state == nil,
            heading: filter.state.map { "状态：\($0.chinese)" } ?? "待办申请",
            rows: listed.map(View.Row.init), listedCount: listed.count, overdueCount: listed.filter { $0.overdue != nil }.count,
            towns: Yanqing.towns.map { View.Option(value: $0.id, label: $0.name, selected: $0.id == filter.townID) },
            kinds: SubjectKind.allCases.map { View.Option(value: $0.rawValue, label: $0.chinese, selected: $0 == filter.kind) },
            ages: QueueFilter.ages.map { View.Option(value: String($0), label: "超过 \($0) 天", selected: $0 == filter.olderThanDays) },
            state: filter.state?.rawValue ?? "")
        return try call.page(View(frame: call.frame(title: "工作台"), reviews: reviews.isEmpty ? nil : View.Reviews(count: reviews.count, rows: reviews), queue: queue))
    }

    /// The page's content.
    struct View: PageView {
        static let template = "console-queue"

        let frame: ConsoleFrame
        /// For approvers: the licences whose climate-quality certificate was revoked, each waiting for a
        /// decision (reinstate on another certificate or certification, or revoke).
        let reviews: Reviews?
        let queue: Queue?

        /// The licences waiting for a decision, when there are any.
        struct Reviews: Encodable {
            let count: Int
            let rows: [Review]
        }

        /// A licence waiting for the approver's decision.
        struct Review: Encodable {
            let number: String
            let href: String
            let scope: String
            let certificate: String
            let revokedOn: String
            let category: String

            init(_ licence: Licence, certificate: ClimateCertificate?) {
                number = licence.number
                href = "/console/licences/\(licence.number)#review"
                scope = licence.scope
                self.certificate = certificate?.number ?? "—"
                revokedOn = certificate?.revocation?.on.description ?? "—"
                category = certificate?.revocation?.category.chinese ?? "—"
            }
        }

        struct Queue: Encodable {
            let counts: [StateCount]
            let allOpenHref: String
            let showingOpen: Bool
            let heading: String
            let rows: [Row]
            let listedCount: Int
            let overdueCount: Int
            let towns: [Option]
            let kinds: [Option]
            let ages: [Option]
            /// The state filter, kept by the filter form.
            let state: String
        }

        struct StateCount: Encodable {
            let label: String
            let count: Int
            let href: String
            let current: Bool
        }

        struct Option: Encodable {
            let value: String
            let label: String
            let selected: Bool
        }

        struct Row: Encodable {
            let number: String
            let href: String
            let subject: String
            let operatorName: String
            let town: String
            let kind: String
            let state: String
            let submittedOn: String
            let age: String
            let overdue: String?

            init(_ entry: QueueEntry) {
                number = entry.number
                href = "/console/applications/\(entry.number)"
                subject = entry.subjectName
                operatorName = entry.operatorName
                town = entry.townName
                kind = entry.kind.chinese
                state = entry.state.chinese
                submittedOn = entry.submittedOn?.description ?? "—"
                age = entry.ageDays.map { "\($0) 天" } ?? "—"
                overdue = entry.overdue
            }
        }
    }
}
