import Hummingbird
import RegistryCore
import RegistryStore

/// `GET /console/dashboard`: the landing page of auditors and the bureau's decision makers. The
/// current quarter's headline figures, the applications in each state, monthly charts of the last
/// twelve months, the licences by town, kind and status, the 天然氧吧 indicators of the last full
/// year, with links to the quarterly report, and the region title with its recheck.
enum DashboardPage {
    /// Who sees the dashboard and the quarterly report: those who decide and those who check.
    static let access = ConsoleAccess.roles([.reviewer, .approver, .auditor, .admin])

    /// Registers the dashboard and the quarterly report, which share the environment indicators.
    static func register(on routes: ConsoleRoutes) {
        let environment = EnvironmentCache()
        routes.get("dashboard", access: access) { call in
            .html(try await html(site: call.site, staff: call.staff, path: call.request.uri.path, environment: environment))
        }
        QuarterlyReportPages.register(on: routes, environment: environment)
    }

    /// The figures the dashboard shows, as of the registry's today: the current quarter, the last
    /// twelve months, the environment of the last full year.
    static func readFigures(_ tx: RegistryTransaction, environment: EnvironmentCache) throws -> QuarterFigures {
        let today = tx.today
        return try tx.quarterFigures(Quarter(today), months: CalendarMonth(today).trailing(12),
                                     environment: try environment.report(year: today.year - 1, tx))
    }

    /// The page: figures read on the blocking pool, rendered through `console-dashboard`.
    static func html(site: ConsoleSite, staff: SignedInStaff, path: String, environment: EnvironmentCache) async throws -> String {
        let (figures, title) = try await site.reads.long { tx in
            (try readFigures(tx, environment: environment), RegionTitleView(try tx.regionTitle(), on: tx.today))
        }
        return String(buffer: try site.pages.render(View(figures: figures, regionTitle: title,
                                                         frame: site.frame(title: "统计报送", staff: staff, path: path))))
    }

    /// A headline number.
    struct Card: Encodable {
        let label: String
        let value: String
    }

    struct View: PageView {
        static let template = "console-dashboard"

        let frame: ConsoleFrame
        let regionTitle: RegionTitleView
        let quarter: String
        let period: String
        let asOf: String
        let cards: [Card]
        let states: [Card]
        let charts: [ChartView]
        let environmentTitle: String
        let oxygenBar: FiguresTableView
        let reportHref: String
        let previousReportHref: String
        let previousQuarter: String

        init(figures: QuarterFigures, regionTitle: RegionTitleView, frame: ConsoleFrame) {
            let report = QuarterlyReport(figures: figures)
            let activity = figures.activity
            let inForce = figures.licences.byStatus.filter { $0.status == .active }.reduce(0) { $0 + $1.count }
            self.frame = frame
            self.regionTitle = regionTitle
            quarter = figures.quarter.chinese
            period = report.periodLine
            asOf = figures.asOf.description
            cards = [Card(label: "本季度收到申请", value: "\(activity.applicationsReceived)"),
                     Card(label: "审批通过", value: "\(activity.applicationsApproved)"),
                     Card(label: "不予通过", value: "\(activity.applicationsRejected)"),
                     Card(label: "颁发许可", value: "\(activity.licencesGranted)"),
                     Card(label: "有效许可（现状）", value: "\(inForce)"),
                     Card(label: "发放标签（枚）", value: "\(activity.labelsIssued)"),
                     Card(label: "扫码查询（次）", value: "\(activity.scans)"),
                     Card(label: "疑似仿冒举报", value: "\(activity.copiedCodeReports)")]
            states = ApplicationState.allCases.map { Card(label: $0.chinese, value: "\(figures.applicationStates[$0] ?? 0)") }
            charts = [report.monthlyApplicationsChart, report.monthlyScansChart, report.townChart, report.kindChart, report.statusChart]
                .map(ChartView.init)
            environmentTitle = "\(figures.environment.year) 年天然氧吧指标"
            oxygenBar = FiguresTableView(report.oxygenBarTable)
            reportHref = QuarterlyReportPages.href(figures.quarter)
            previousReportHref = QuarterlyReportPages.href(figures.quarter.previous)
            previousQuarter = figures.quarter.previous.chinese
        }
    }
}
