import Hummingbird
import RegistryCore
import RegistryStore

/// `POST /console/labels/batches/{number}/void`: records labels of a batch as 作废 (spoiled or
/// cancelled) or, with the `destroy` button, 销毁 (printed labels physically destroyed), by codes or
/// by a run, with a reason. Fields: `state_action` (void|destroy), `state_codes` or `state_first` and
/// `state_last`, `state_reason`.
enum LabelStateForm {
    static func submit(_ call: ConsoleCall, number: String, form: ConsoleForm) throws -> Response {
        let action: RegistryAction = form["state_action"] == "destroy" ? .destroyLabels : .voidLabels
        _ = try call.actor(for: action)
        var errors = FormErrors()
        let selection = LabelSelectionField.read(form, prefix: "state_", errors: &errors)
        let reason = errors.check("state_reason") { try TextInput.required(form["state_reason"], field: FieldName("理由", "reason"), maxLength: 500) }
        guard let selection, let reason, errors.isEmpty else {
            return try LabelBatchPage.render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
        }
        do {
            let changed = try call.change(action) { tx, actor in
                if action == .voidLabels {
                    return try tx.voidLabels(in: number, selection, by: actor, reason: reason)
                }
                return try tx.destroyLabels(in: number, selection, by: actor, reason: reason)
            }
            return try call.redirect(to: LabelsSection.batchPath(number), flash: .notice("已\(action.chinese) \(changed) 枚"))
        } catch let refusal as Refusal {
            errors.add(refusal.chinese, for: "state_codes")
            return try LabelBatchPage.render(call, number: number, values: form.values, errors: errors, status: .unprocessableContent)
        }
    }
}
