import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// `/console/copy-reports`: the reports of suspected copied labels people sent from the verification
/// page, open ones first by default, filtered by the day received from (`since`), the licence
/// (`licence`) and whether handled ones are shown too (`all=1`); a clerk or approver marks a report
/// handled with a note of what was found and done (audited). Auditors look.
enum CopyReportsPage {
    /// Who may open the page.
    static let access = ConsoleAccess.roles([.clerk, .approver, .auditor])
    static let path = "/console/copy-reports"
    /// The most reports one page lists, newest first: anyone may send a report, so their number is
    /// not the bureau's to bound.
    static let listed = 200

    struct View: PageView {
        static let template = "console-copy-reports"

        let frame: ConsoleFrame
        let since: String
        let licence: String
        let showsAll: Bool
        /// Why the filter found nothing to list, when it was not understood.
        let filterError: String?
        let reports: [Row]
        /// How many more reports the filter found than the page lists.
        let notListed: Int
        let isEmpty: Bool
        let canHandle: Bool
    }

    /// One report, and its handling form's note and error.
    struct Row: Encodable {
        let id: Int64
        let receivedAt: String
        let code: String
        let text: String
        let client: String
        let licenceNumber: String?
        let batchNumber: String?
        let batchHref: String?
        let handled: String?
        let action: String
        let note: String
        let error: String?
    }

    static func register(on routes: ConsoleRoutes) {
        routes.get("/copy-reports", access: access) { call in try render(call) }
        routes.post("/copy-reports/{id}/handle", access: .action(.handleLabelReport)) { call, form in
            try handle(call, id: try call.parameter("id"), form: form)
        }
    }

    /// The list, with a refused form's note and error beside its report.
    static func render(_ call: ConsoleCall, refused: (id: Int64, note: String, error: String)? = nil,
                       status: HTTPResponse.Status = .ok) throws -> Response {
        let sinceText = call.query("since"), licenceText = call.query("licence")?.uppercased()
        let showsAll = call.query("all") == "1"
        var filterError: String?
        let since = sinceText.flatMap { text in
            Day(text) ?? { filterError = "日期「\(text)」应写作 2026-09-01 这样的形式"; return nil }()
        }
        var reports: [LabelReport] = []
        if filterError == nil {
            do {
                reports = try call.read { try $0.labelReports(since: since, licence: licenceText, openOnly: !showsAll) }
            } catch RegistryError.notFound {
                filterError = "没有许可证号为「\(licenceText ?? "")」的许可"
            }
        }
        let rows = reports.suffix(listed).reversed().map { report in
            let mine = refused?.id == report.id ? refused : nil
            return Row(id: report.id, receivedAt: ConsoleTime.text(report.at), code: (try? LabelCode(parsing: report.code))?.grouped() ?? report.code, text: report.text, client: report.client,
                       licenceNumber: report.licence, batchNumber: report.batch, batchHref: report.batch.map(LabelsSection.batchPath),
                       handled: report.handling.map { "\(ConsoleTime.text($0.at)) \($0.by)：\($0.note)" },
                       action: "\(path)/\(report.id)/handle", note: mine?.note ?? "", error: mine?.error)
        }
        let view = View(frame: call.frame(title: "复制举报"), since: sinceText ?? "", licence: licenceText ?? "", showsAll: showsAll,
                        filterError: filterError, reports: rows, notListed: max(0, reports.count - listed), isEmpty: rows.isEmpty, canHandle: call.staff.permits(.handleLabelReport))
        return try call.page(view, status: status)
    }

    /// `POST /console/copy-reports/{id}/handle`: field `note` (required, ≤ 500 characters). A report
    /// handled already, or an empty note, is refused and changes nothing.
    static func handle(_ call: ConsoleCall, id text: String, form: ConsoleForm) throws -> Response {
        guard let id = Int64(text), id > 0 else { throw ConsoleRefusal.notFound }
        let noteText = form["note"]
        var errors = FormErrors()
        guard let note = errors.check("note", { try TextInput.required(noteText, field: FieldName("处理说明", "note"), maxLength: 500) }) else {
            return try render(call, refused: (id, noteText, errors.messages["note"] ?? "请填写处理说明"), status: .unprocessableContent)
        }
        do {
            _ = try call.change(.handleLabelReport) { tx, actor in try tx.handleLabelReport(id, note: note, by: actor) }
        } catch let refusal as RegistryError {
            if case .notFound = refusal { throw ConsoleRefusal.notFound }
            return try render(call, refused: (id, noteText, refusal.chinese), status: .conflict)
        }
        return try call.redirect(to: path, flash: .notice("已处理举报 #\(id)"))
    }
}
