import Hummingbird
import RegistryCore

/// `POST /console/labels/batches/{number}/withdraw`: an approver suspends (暂停), revokes (撤销, final:
/// it needs the `withdraw_confirm` box ticked) or reinstates (恢复) the whole batch or a run of it, with
/// a reason. Fields: `withdraw_kind` (suspend|revoke|reinstate), optional `withdraw_first` and
/// `withdraw_last`, `withdraw_reason`, `withdraw_confirm`.
enum LabelWithdrawalForm {
    static func submit(_ call: ConsoleCall, number: String, form: ConsoleForm) throws -> Response {
        var errors = FormErrors()
        let action: RegistryAction? = switch form["withdraw_kind"] {
        case "suspend": .suspendLabels
        case "revoke": .revokeLabels
        case "reinstate": .reinstateLabels
        default: nil
        }
        guard let action else {
            errors.add("请选择暂停、撤销或恢复", for: "withdraw_kind")
            return try LabelBatchPage.render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
        }
        _ = try call.actor(for: action)
        var run: LabelCodeRange?
        if form.optional("withdraw_first") != nil || form.optional("withdraw_last") != nil {
            if case .run(let range)? = LabelSelectionField.read(form, prefix: "withdraw_", errors: &errors) { run = range }
        }
        let reason = errors.check("withdraw_reason") { try TextInput.required(form["withdraw_reason"], field: FieldName("理由", "reason"), maxLength: 500) }
        if action == .revokeLabels, form["withdraw_confirm"] != "yes" {
            errors.add("撤销不可恢复，请勾选确认后再提交", for: "withdraw_confirm")
        }
        guard let reason, errors.isEmpty else {
            return try LabelBatchPage.render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
        }
        let target: LabelTarget = run.map { .codes(batch: number, $0) } ?? .batch(number)
        do {
            _ = try call.change(action) { tx, actor in
                switch action {
                case .suspendLabels: try tx.withdrawLabels(target, .suspension, by: actor, reason: reason)
                case .revokeLabels: try tx.withdrawLabels(target, .revocation, by: actor, reason: reason)
                default: try tx.reinstateLabels(target, by: actor, reason: reason)
                }
            }
            return try call.redirect(to: LabelsSection.batchPath(number), flash: .notice("已\(action.chinese)：\(target)"))
        } catch let refusal as UserFacingError {
            errors.add(refusal.chinese, for: "withdraw_kind")
            return try LabelBatchPage.render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
        }
    }
}
