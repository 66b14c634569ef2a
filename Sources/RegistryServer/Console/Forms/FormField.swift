/// One field of a console form as `console-field.mustache` draws it: label, input (text, date, number,
/// file, select or text area) with a stable `id` and `name`, the value as typed, a hint, and the message
/// beside it (`id="<id>-error"`).
struct FormField: Encodable {
    let id: String
    let name: String
    let label: String
    let value: String
    let error: String?
    let hint: String?
    let type: String
    let options: [FormOption]
    let isSelect: Bool
    let isTextArea: Bool
    /// Stored rather than computed: templates read stored properties only.
    let isInput: Bool
    let isFile: Bool

    private init(id: String, name: String, label: String, value: String, error: String?, hint: String?, type: String,
                 options: [FormOption] = [], isSelect: Bool = false, isTextArea: Bool = false) {
        self.id = id
        self.name = name
        self.label = label
        self.value = value
        self.error = error
        self.hint = hint
        self.type = type
        self.options = options
        self.isSelect = isSelect
        self.isTextArea = isTextArea
        isInput = !isSelect && !isTextArea
        isFile = type == "file"
    }

    /// A text input (`type` text, date or file).
    static func input(_ id: String, _ name: String, _ label: String, form: [String: String], errors: FormErrors,
                      type: String = "text", hint: String? = nil) -> FormField {
        FormField(id: id, name: name, label: label, value: type == "file" ? "" : form[name] ?? "", error: errors.messages[name], hint: hint,
                  type: type)
    }

    /// A text area.
    static func textArea(_ id: String, _ name: String, _ label: String, form: [String: String], errors: FormErrors,
                         hint: String? = nil) -> FormField {
        FormField(id: id, name: name, label: label, value: form[name] ?? "", error: errors.messages[name], hint: hint,
                  type: "text", isTextArea: true)
    }

    /// A select of choices, the typed one selected.
    static func select<T>(_ id: String, _ name: String, _ label: String, form: [String: String], errors: FormErrors,
                          choices: [T], value: (T) -> String, text: (T) -> String) -> FormField {
        FormField(id: id, name: name, label: label, value: form[name] ?? "", error: errors.messages[name], hint: nil, type: "text",
                  options: FormOption.list(choices, current: form[name], value: value, label: text), isSelect: true)
    }
}
