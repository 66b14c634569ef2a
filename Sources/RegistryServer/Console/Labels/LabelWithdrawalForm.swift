import Foundation
import Hummingbird
import RegistryCore
import RegistryStore

/// An approver's withdrawal of labels: suspend (暂停), revoke (撤销, final: it needs the
/// `withdraw_confirm` box ticked) or reinstate (恢复), with a reason. Fields: `withdraw_kind`
/// (suspend|revoke|reinstate), `withdraw_reason`, `withdraw_confirm`, and what it reaches:
/// - `POST /console/labels/batches/{number}/withdraw`: the whole batch, or the run from `withdraw_first`
///   to `withdraw_last`;
/// - `POST /console/labels/licences/{number}/withdraw`: every batch of the licence issued before the day
///   `withdraw_issued_before` (YYYY-MM-DD).
enum LabelWithdrawalForm {
    static func submit(_ call: ConsoleCall, batch number: String, form: ConsoleForm) throws -> Response {
        try submit(call, form: form, back: LabelsSection.batchPath(number)) { errors in
            guard form.optional("withdraw_first") != nil || form.optional("withdraw_last") != nil else { return .batch(number) }
            guard case .run(let range)? = LabelSelectionField.read(form, prefix: "withdraw_", errors: &errors) else { return nil }
            return .codes(batch: number, range)
        } refused: { errors in
            try LabelBatchPage.render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
        }
    }

    static func submit(_ call: ConsoleCall, licence number: String, form: ConsoleForm) throws -> Response {
        try submit(call, form: form, back: LabelsSection.licencePath(number)) { errors in
            guard let day = Day(form["withdraw_issued_before"].trimmingCharacters(in: .whitespaces)) else {
                errors.add("请填写日期，格式为 YYYY-MM-DD", for: "withdraw_issued_before")
                return nil
            }
            return .issuedBefore(licence: number, day)
        } refused: { errors in
            try LicenceLabelsPage.render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
        }
    }

    /// Checks the form, withdraws the labels `target` reaches and returns to `back`; a refusal re-renders
    /// the form's page with the errors beside the fields and changes nothing.
    private static func submit(_ call: ConsoleCall, form: ConsoleForm, back: String, target: (inout FormErrors) -> LabelTarget?,
                               refused: (FormErrors) throws -> Response) throws -> Response {
        var errors = FormErrors()
        let action: RegistryAction? = switch form["withdraw_kind"] {
        case "suspend": .suspendLabels
        case "revoke": .revokeLabels
        case "reinstate": .reinstateLabels
        default: nil
        }
        guard let action else {
            errors.add("请选择暂停、撤销或恢复", for: "withdraw_kind")
            return try refused(errors)
        }
        _ = try call.actor(for: action)
        let reached = target(&errors)
        let reason = errors.check("withdraw_reason") { try TextInput.required(form["withdraw_reason"], field: FieldName("理由", "reason"), maxLength: 500) }
        if action == .revokeLabels, form["withdraw_confirm"] != "yes" {
            errors.add("撤销不可恢复，请勾选确认后再提交", for: "withdraw_confirm")
        }
        guard let reached, let reason, errors.isEmpty else { return try refused(errors) }
        do {
            let batches = try call.change(action) { tx, actor in
                switch action {
                case .suspendLabels: try tx.withdrawLabels(reached, .suspension, by: actor, reason: reason)
                case .revokeLabels: try tx.withdrawLabels(reached, .revocation, by: actor, reason: reason)
                default: try tx.reinstateLabels(reached, by: actor, reason: reason)
                }
            }
            return try call.redirect(to: back, flash: .notice("已\(action.chinese)：\(batches.map(\.number).joined(separator: "、"))"))
        } catch let refusal as Refusal {
            errors.add(refusal.chinese, for: "withdraw_kind")
            return try refused(errors)
        }
    }
}
