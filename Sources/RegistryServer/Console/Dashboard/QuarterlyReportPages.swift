import Foundation
import Hummingbird
import LabelPrint
import NIOPosix
import RegistryCore
import RegistryStore

/// `GET /console/reports/quarterly?year=&quarter=`: the quarterly report (每季度报送) as a page, and
/// the same figures as `…/quarterly.csv` (UTF-8 with BOM, for Excel and WPS) and `…/quarterly.pdf`
/// (A4, cairo). Without parameters: the current quarter. A year or quarter that is not one is
/// refused with 400 and a message in Chinese.
enum QuarterlyReportPages {
    static func register(on routes: ConsoleRoutes, environment: EnvironmentCache) {
        routes.get("reports/quarterly", access: DashboardPage.access) { call in
            let title = "每季度报送"
            let quarter: Quarter
            do throws(RegistryError) {
                quarter = try requested(call)
            } catch {
                let view = View(frame: call.frame(title: title), year: call.query("year") ?? "", quarter: nil, error: error.chinese)
                return try call.page(view, status: .badRequest)
            }
            let figures = try await call.site.reads.long { try readFigures(quarter, tx: $0, environment: environment) }
            let view = View(frame: call.frame(title: "\(title) · \(quarter.chinese)"), year: String(quarter.year),
                            quarter: QuarterlyReport(figures: figures), error: nil)
            return try call.page(view)
        }
        routes.get("reports/quarterly.csv", access: DashboardPage.access) { call in
            try await file(call, environment: environment) { quarter, report in
                download(Data(report.csv.utf8), type: "text/csv; charset=utf-8", quarter: quarter, extension: "csv")
            }
        }
        routes.get("reports/quarterly.pdf", access: DashboardPage.access) { call in
            try await file(call, environment: environment) { quarter, report in
                let document = report.document
                let pdf = try await NIOThreadPool.singleton.runIfActive { try FiguresReportPDF().data(document) }
                return download(pdf, type: "application/pdf", quarter: quarter, extension: "pdf")
            }
        }
    }

    /// The figures of a quarter: its months, and the environment indicators of its year.
    static func readFigures(_ quarter: Quarter, tx: RegistryTransaction, environment: EnvironmentCache) throws -> QuarterFigures {
        try tx.quarterFigures(quarter, months: quarter.months, environment: try environment.report(year: quarter.year, tx))
    }

    /// The page's address for a quarter.
    static func href(_ quarter: Quarter, extension suffix: String = "") -> String {
        "/console/reports/quarterly\(suffix)?year=\(quarter.year)&quarter=\(quarter.quarter)"
    }

    /// The quarter asked for, the current one when neither field is given.
    private static func requested(_ call: ConsoleCall) throws(RegistryError) -> Quarter {
        let year = call.query("year"), quarter = call.query("quarter")
        if year == nil, quarter == nil { return Quarter(Day(call.site.registry.configuration.clock())) }
        return try Quarter(year: year, quarter: quarter)
    }

    /// A download of the quarter asked for; a bad year or quarter answers 400 with the reason in the
    /// console's frame.
    private static func file(_ call: ConsoleCall, environment: EnvironmentCache, _ make: @Sendable (Quarter, QuarterlyReport) async throws -> Response) async throws -> Response {
        let quarter: Quarter
        do throws(RegistryError) {
            quarter = try requested(call)
        } catch {
            return call.site.notice(heading: "报送期间有误", message: error.chinese, status: .badRequest, staff: call.staff)
        }
        let figures = try await call.site.reads.long { try readFigures(quarter, tx: $0, environment: environment) }
        return try await make(quarter, QuarterlyReport(figures: figures))
    }

    private static func download(_ data: Data, type: String, quarter: Quarter, extension suffix: String) -> Response {
        Response(status: .ok, headers: [.contentType: type,
                                        .contentDisposition: "attachment; filename=\"oxlabel-quarterly-\(quarter).\(suffix)\""],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    struct View: PageView {
        static let template = "console-quarterly"

        let frame: ConsoleFrame
        /// The year field's value as typed.
        let year: String
        let quarters: [Choice]
        let heading: String
        let period: String
        let asOf: String
        let sections: [FiguresSectionView]
        let csvHref: String
        let pdfHref: String
        let previousHref: String
        let nextHref: String
        let error: String?

        /// One option of the quarter field.
        struct Choice: Encodable {
            let value: Int
            let label: String
            let selected: Bool
        }

        init(frame: ConsoleFrame, year: String, quarter report: QuarterlyReport?, error: String?) {
            self.frame = frame
            self.year = year
            self.error = error
            let quarter = report?.figures.quarter
            quarters = (1...4).map { Choice(value: $0, label: "第\(["一", "二", "三", "四"][$0 - 1])季度", selected: $0 == quarter?.quarter) }
            heading = quarter.map { "\(QuarterlyReport.title) · \($0.chinese)" } ?? QuarterlyReport.title
            period = report?.periodLine ?? ""
            asOf = report?.figures.asOf.description ?? ""
            sections = report?.document.sections.map(FiguresSectionView.init) ?? []
            csvHref = quarter.map { QuarterlyReportPages.href($0, extension: ".csv") } ?? ""
            pdfHref = quarter.map { QuarterlyReportPages.href($0, extension: ".pdf") } ?? ""
            previousHref = quarter.map { QuarterlyReportPages.href($0.previous) } ?? ""
            nextHref = quarter.map { QuarterlyReportPages.href($0.next) } ?? ""
        }
    }
}
