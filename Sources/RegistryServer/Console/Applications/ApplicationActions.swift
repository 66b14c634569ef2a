import Hummingbird
import RegistryCore
import RegistryStore

/// The workflow's form posts on an application: 受理, 退回补正, 审核, 审批, 不予通过, 登记异议,
/// 处理异议, 结束公示. Each is guarded by the role its action needs (403 otherwise, nothing changed);
/// a field the domain refuses is shown next to the field (422); any other refusal of the domain goes
/// back to the page with its Chinese reason; success goes back with a confirmation.
enum ApplicationActions {
    static func register(on routes: ConsoleRoutes) {
        routes.post("/applications/{number}/accept", access: .action(.acceptApplication)) { call, form in
            try act(call, form, .acceptApplication, done: "已受理") { tx, actor, number in _ = try tx.accept(number, by: actor) }
        }
        routes.post("/applications/{number}/return", access: .action(.returnApplication)) { call, form in
            try act(call, form, .returnApplication, done: "已退回补正", fields: ["reason": "returnReason"]) { tx, actor, number in
                _ = try tx.returnForEvidence(number, by: actor, reason: form["returnReason"])
            }
        }
        routes.post("/applications/{number}/review", access: .action(.reviewApplication)) { call, form in
            try act(call, form, .reviewApplication, done: "已记录审核意见", fields: ["findings": "findings"]) { tx, actor, number in
                _ = try tx.review(number, by: actor, findings: form["findings"])
            }
        }
        routes.post("/applications/{number}/approve", access: .action(.approveApplication)) { call, form in
            try act(call, form, .approveApplication, done: "已审批通过，进入公示") { tx, actor, number in _ = try tx.approve(number, by: actor) }
        }
        routes.post("/applications/{number}/reject", access: .action(.rejectApplication)) { call, form in
            try act(call, form, .rejectApplication, done: "已决定不予通过", fields: ["reason": "rejectReason"]) { tx, actor, number in
                _ = try tx.reject(number, by: actor, reason: form["rejectReason"])
            }
        }
        routes.post("/applications/{number}/objections", access: .action(.recordObjection)) { call, form in
            try act(call, form, .recordObjection, done: "已登记公示异议", fields: ["raised by": "raisedBy", "objection": "objectionText"]) { tx, actor, number in
                _ = try tx.recordObjection(number, raisedBy: form["raisedBy"], text: form["objectionText"], by: actor)
            }
        }
        routes.post("/applications/{number}/objections/{objection}/resolve", access: .action(.resolveObjection)) { call, form in
            let objection = Int(try call.parameter("objection")) ?? 0
            return try act(call, form, .resolveObjection, done: "已处理公示异议", fields: ["reason": "resolveReason"]) { tx, actor, number in
                _ = try tx.resolveObjection(number, objection: objection, upheld: form["upheld"] == "yes", by: actor, reason: form["resolveReason"])
            }
        }
        routes.post("/applications/{number}/close-publicity", access: .action(.closePublicity)) { call, form in
            try act(call, form, .closePublicity, done: "已结束公示并发放许可") { tx, actor, number in _ = try tx.closePublicity(number, by: actor) }
        }
    }

    /// Runs one workflow step as the signed-in person. `fields` maps the English name of a domain field
    /// to the form field its message is shown next to.
    static func act(_ call: ConsoleCall, _ form: ConsoleForm, _ action: RegistryAction, done: String, fields: [String: String] = [:],
                    _ step: (RegistryTransaction, Actor, String) throws -> Void) throws -> Response {
        let number = try call.parameter("number").uppercased()
        _ = try call.read { try $0.application(number) }
        do {
            try call.change(action) { tx, actor in try step(tx, actor, number) }
        } catch let error as FieldError {
            var errors = FormErrors()
            errors.add(error.chinese, for: fields[error.field.english] ?? fields.values.first ?? "form")
            return try ApplicationPage.render(call, number: number, errors: errors, form: form, status: .unprocessableContent)
        } catch let error as RegistryError {
            if case .notFound(.application, _) = error { throw error }
            return try call.redirect(to: ApplicationPage.path(number), flash: .error(error.chinese))
        }
        return try call.redirect(to: ApplicationPage.path(number), flash: .notice(done))
    }
}
