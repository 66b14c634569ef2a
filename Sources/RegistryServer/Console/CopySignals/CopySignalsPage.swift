import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// `/console/copy-signals`: the labels whose copy signal (many distinct clients within a window) holds
/// now and was not acknowledged since it was raised, with code, licence, batch, since when and how many
/// clients; a reviewer or approver who checked a label acknowledges its signal with a reason (audited),
/// which clears it from the label's page until scans after that raise a new one. Auditors look.
enum CopySignalsPage {
    /// Who may open the page.
    static let access = ConsoleAccess.roles([.reviewer, .approver, .auditor])
    static let path = "/console/copy-signals"

    struct View: PageView {
        static let template = "console-copy-signals"

        let frame: ConsoleFrame
        let signals: [Row]
        let isEmpty: Bool
        let canAcknowledge: Bool
    }

    /// One label with a signal, and its acknowledgement form's value and error.
    struct Row: Encodable {
        let code: String
        let grouped: String
        let licenceNumber: String
        let batchNumber: String
        let batchHref: String
        let since: String
        let until: String
        let clients: Int
        let action: String
        let reason: String
        let error: String?
    }

    static func register(on routes: ConsoleRoutes) {
        routes.get("/copy-signals", access: access) { call in try render(call) }
        routes.post("/copy-signals/{code}/acknowledge", access: .action(.acknowledgeCopySignal)) { call, form in
            try acknowledge(call, code: try call.parameter("code"), form: form)
        }
    }

    /// The list, with a refused form's reason and error beside its label.
    static func render(_ call: ConsoleCall, refused: (code: String, reason: String, error: String)? = nil,
                       status: HTTPResponse.Status = .ok) throws -> Response {
        let now = call.site.registry.configuration.clock()
        let entries = try call.read { try $0.copySignals(at: now) }
        let rows = entries.map { entry in
            let code = entry.code.text
            let mine = refused?.code == code ? refused : nil
            return Row(code: code, grouped: entry.code.grouped(), licenceNumber: entry.licenceNumber, batchNumber: entry.batchNumber,
                       batchHref: LabelsSection.batchPath(entry.batchNumber), since: ConsoleTime.text(entry.signal.since),
                       until: ConsoleTime.text(entry.signal.until), clients: entry.signal.clients, action: "\(path)/\(code)/acknowledge",
                       reason: mine?.reason ?? "", error: mine?.error)
        }
        let view = View(frame: call.frame(title: "复制预警"), signals: rows, isEmpty: rows.isEmpty,
                        canAcknowledge: call.staff.permits(.acknowledgeCopySignal))
        return try call.page(view, status: status)
    }

    /// `POST /console/copy-signals/{code}/acknowledge`: field `reason` (required, ≤ 500 characters). A label
    /// without a signal holding now is refused, as is an empty reason; either changes nothing.
    static func acknowledge(_ call: ConsoleCall, code text: String, form: ConsoleForm) throws -> Response {
        guard let code = try? LabelCode(parsing: text) else { throw ConsoleRefusal.notFound }
        let reasonText = form["reason"]
        let refuse = { (error: String) in
            try render(call, refused: (code.text, reasonText, error), status: .unprocessableContent)
        }
        let now = call.site.registry.configuration.clock()
        guard try call.read({ try $0.copySignal(code: code, at: now) }) != nil else {
            return try call.redirect(to: path, flash: .notice("标签 \(code.grouped()) 当前没有待核实的复制预警"))
        }
        var errors = FormErrors()
        guard let reason = errors.check("reason", { try TextInput.required(reasonText, field: FieldName("核实说明", "reason"), maxLength: 500) }) else {
            return try refuse(errors.messages["reason"] ?? "请填写核实说明")
        }
        try call.change(.acknowledgeCopySignal) { tx, actor in try tx.acknowledgeCopySignal(code: code, reason: reason, by: actor) }
        return try call.redirect(to: path, flash: .notice("已核实并解除标签 \(code.grouped()) 的复制预警"))
    }
}
