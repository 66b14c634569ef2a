import Hummingbird
import RegistryCore
import RegistryStore

/// The licence actions of the console, each through the domain's rules: suspend with a correction deadline,
/// reinstate, reinstate on another certificate or certification after the one the licence rested on was
/// revoked, revoke (a reason category and a reason, then a second page to confirm) and surrender.
/// A refusal shows the domain's reason on the licence page, next to the action's fields, and changes nothing.
enum LicenceActions {
    static func register(on routes: ConsoleRoutes) {
        routes.post("licences/{number}/suspend", access: .action(.suspendLicence)) { call, form in
            var errors = FormErrors()
            let deadline = form.optional("deadline").flatMap { Day($0.trimmingCharacters(in: .whitespaces)) }
            if form.optional("deadline") == nil {
                errors.add("必填", for: "deadline")
            } else if deadline == nil {
                errors.add("日期应写作 YYYY-MM-DD，例如 2026-12-31", for: "deadline")
            }
            return try perform(call, key: "suspend", action: .suspendLicence, form: form, errors: errors, done: "已暂停许可") { tx, number, actor in
                try tx.suspend(number, by: actor, reason: form["reason"], correctionDeadline: deadline ?? tx.today)
            }
        }
        routes.post("licences/{number}/reinstate", access: .action(.reinstateLicence)) { call, form in
            try perform(call, key: "reinstate", action: .reinstateLicence, form: form, done: "已恢复许可") { tx, number, actor in
                try tx.reinstate(number, by: actor, reason: try reason(form))
            }
        }
        routes.post("licences/{number}/review/certificate", access: .action(.reviewLicenceBasis)) { call, form in
            var errors = FormErrors()
            if form.optional("certificate") == nil { errors.add("请选择证书", for: "certificate") }
            return try perform(call, key: "review-certificate", action: .reviewLicenceBasis, form: form, errors: errors,
                               done: "已改依据证书恢复许可") { tx, number, actor in
                try tx.reinstate(number, onCertificate: form["certificate"], by: actor, reason: try reason(form))
            }
        }
        routes.post("licences/{number}/review/certification", access: .action(.reviewLicenceBasis)) { call, form in
            var errors = FormErrors()
            let kind = EvidenceKind(rawValue: form["kind"])
            if kind == nil { errors.add("请选择认证类别", for: "kind") }
            let until = form.optional("until").map { Day($0.trimmingCharacters(in: .whitespaces)) }
            if case .some(nil) = until { errors.add("日期应写作 YYYY-MM-DD，例如 2027-12-31", for: "until") }
            return try perform(call, key: "review-certification", action: .reviewLicenceBasis, form: form, errors: errors,
                               fields: [.evidenceReference: "reference"], done: "已改依据其他认证恢复许可") { tx, number, actor in
                let evidence = try Evidence(kind: kind ?? .greenFood, reference: form["reference"], validUntil: until ?? nil)
                return try tx.reinstate(number, onCertification: evidence, by: actor, reason: try reason(form))
            }
        }
        routes.post("licences/{number}/surrender", access: .action(.surrenderLicence)) { call, form in
            try perform(call, key: "surrender", action: .surrenderLicence, form: form, done: "已注销许可") { tx, number, actor in
                try tx.surrender(number, by: actor, reason: try reason(form))
            }
        }
        routes.post("licences/{number}/revoke", access: .action(.revokeLicence)) { call, form in
            try confirmRevocation(call, form: form)
        }
        routes.post("licences/{number}/revoke/confirm", access: .action(.revokeLicence)) { call, form in
            let category = RevocationReason(rawValue: form["category"])
            var errors = FormErrors()
            if category == nil { errors.add("请选择撤销理由类别", for: "category") }
            return try perform(call, key: "revoke", action: .revokeLicence, form: form, errors: errors, done: "已撤销许可") { tx, number, actor in
                try tx.revoke(number, by: actor, category: category ?? .other, reason: form["reason"])
            }
        }
    }

    /// The reason of an action, checked as the domain checks a reason (the store records it in the audit trail).
    static func reason(_ form: ConsoleForm) throws -> String {
        try TextInput.required(form["reason"], field: .reason, maxLength: 500)
    }

    /// Takes an action in one transaction unless the form already has errors; then 303 to the licence page,
    /// or the page again with the refusal beside the action's fields.
    static func perform(_ call: ConsoleCall, key: String, action: RegistryAction, form: ConsoleForm, errors: FormErrors = FormErrors(),
                        fields: [FieldName: String] = [:], done: String,
                        _ body: (RegistryTransaction, String, Actor) throws -> Licence) throws -> Response {
        let number = try call.parameter("number")
        var errors = errors
        if errors.isEmpty {
            do {
                let licence = try call.change(action) { tx, actor in try body(tx, number, actor) }
                return try call.redirect(to: "/console/licences/\(licence.number)", flash: .notice("\(done) \(licence.number)"))
            } catch {
                try errors.place(error, fields: fields.merging([.reason: "reason"]) { mine, _ in mine })
            }
        }
        return try LicenceDetailPage.page(call, number: number, refused: .init(key: key, form: form.values, errors: errors), status: .unprocessableContent)
    }

    /// The first step of a revocation: the domain checks it on a copy of the licence (nothing is written),
    /// and the second page shows what will happen, with the button that confirms it.
    static func confirmRevocation(_ call: ConsoleCall, form: ConsoleForm) throws -> Response {
        let number = try call.parameter("number")
        let actor = try call.actor(for: .revokeLicence)
        var errors = FormErrors()
        let category = RevocationReason(rawValue: form["category"])
        if category == nil { errors.add("请选择撤销理由类别", for: "category") }
        let checked = try call.read { tx -> (Licence, Day)? in
            var licence = try tx.licence(number)
            do {
                try licence.revoke(by: actor, on: tx.today, category: category ?? .other, reason: form["reason"])
                return (licence, licence.barEnds(policy: tx.configuration.policy) ?? tx.today)
            } catch {
                try errors.place(error, fields: [.reason: "reason"])
                return nil
            }
        }
        guard let (licence, barEnds) = checked, let category, errors.isEmpty else {
            return try LicenceDetailPage.page(call, number: number, refused: .init(key: "revoke", form: form.values, errors: errors),
                                        status: .unprocessableContent)
        }
        struct View: PageView {
            static let template = "console-licence-revoke"

            let frame: ConsoleFrame
            let number: String
            let scope: String
            let category: String
            let categoryName: String
            let reason: String
            let barEnds: String
            let action: String
            let back: String
        }
        return try call.page(View(
            frame: call.frame(title: "确认撤销许可 \(licence.number)"), number: licence.number, scope: licence.scope,
            category: category.rawValue, categoryName: category.chinese, reason: licence.revocation?.reason ?? form["reason"],
            barEnds: barEnds.description, action: "/console/licences/\(licence.number)/revoke/confirm", back: "/console/licences/\(licence.number)"))
    }
}
