import Foundation
import RegistryCore

/// Which labels of a batch a form is for: codes listed one per line (or separated by commas), or a run
/// from a first to a last code, as on a sheet's footer. Codes forgive case, spaces and hyphens.
enum LabelSelectionField {
    /// Reads the selection from the form fields `<prefix>codes`, `<prefix>first` and `<prefix>last`;
    /// errors go next to the field they concern.
    static func read(_ form: ConsoleForm, prefix: String, errors: inout FormErrors) -> LabelSelection? {
        let listed = form[prefix + "codes"].split(whereSeparator: { $0.isNewline || ",，;；".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let first = form.optional(prefix + "first"), last = form.optional(prefix + "last")
        switch (listed.isEmpty, first, last) {
        case (false, nil, nil):
            return errors.check(prefix + "codes") { .codes(try listed.map { try LabelCode(parsingField: $0) }) }
        case (true, let first?, let last?):
            let from = errors.check(prefix + "first") { try LabelCode(parsingField: first) }
            let to = errors.check(prefix + "last") { try LabelCode(parsingField: last) }
            guard let from, let to else { return nil }
            return .run(LabelCodeRange(from, to))
        case (true, nil, nil):
            errors.add("请填写标签码，或填写码段的起始码和结束码", for: prefix + "codes")
        case (true, _, _):
            errors.add("码段须同时填写起始码和结束码", for: first == nil ? prefix + "first" : prefix + "last")
        default:
            errors.add("请只填写标签码或码段中的一种", for: prefix + "codes")
        }
        return nil
    }
}
