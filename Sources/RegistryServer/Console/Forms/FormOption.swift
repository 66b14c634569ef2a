/// One choice of a `<select>`, marked when it is the value the form holds.
struct FormOption: Sendable, Encodable {
    let value: String
    let label: String
    let selected: Bool

    /// The choices of a list, the one equal to `current` selected.
    static func list<T>(_ items: [T], current: String?, value: (T) -> String, label: (T) -> String) -> [FormOption] {
        items.map { FormOption(value: value($0), label: label($0), selected: value($0) == current) }
    }
}
