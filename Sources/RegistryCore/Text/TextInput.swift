/// Validation of free text typed by staff or the public: trimmed, not empty, bounded, valid UTF-8, no
/// control characters and no bidirectional controls.
public enum TextInput {
    /// Returns the trimmed text, or throws a `FieldError` naming the field.
    public static func required(_ value: String, field: FieldName, maxLength: Int) throws(FieldError) -> String {
        let trimmed = value.trimmingWhitespace
        guard !trimmed.isEmpty else { throw .empty(field: field) }
        return try checked(trimmed, field: field, maxLength: maxLength)
    }

    /// Like `required`, but an empty or missing value gives nil.
    public static func optional(_ value: String?, field: FieldName, maxLength: Int) throws(FieldError) -> String? {
        guard let trimmed = value?.trimmingWhitespace, !trimmed.isEmpty else { return nil }
        return try checked(trimmed, field: field, maxLength: maxLength)
    }

    private static func checked(_ text: String, field: FieldName, maxLength: Int) throws(FieldError) -> String {
        // U+FFFD is what the system substitutes for bytes that are not UTF-8.
        if text.unicodeScalars.contains("\u{FFFD}") { throw .notUTF8(field: field) }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .controlCharacters(field: field)
        }
        if text.unicodeScalars.contains(where: isBidirectionalControl) { throw .bidirectionalControls(field: field) }
        guard text.count <= maxLength else { throw .tooLong(field: field, maxLength: maxLength, actual: text.count) }
        return text
    }

    /// The embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069.
    public static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}

extension String {
    /// The string without leading and trailing white space (ASCII and the ideographic space).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
