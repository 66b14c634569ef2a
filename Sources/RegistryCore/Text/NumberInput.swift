/// Validation of whole numbers typed by people (query strings, form fields, command-line options):
/// parsed without trapping, and refused with a message naming the field and the range when they are not
/// a whole number inside it.
public enum NumberInput {
    /// The number in `text`, or nil when `text` is missing or blank; throws when it is not a whole
    /// number within `range`.
    public static func whole(_ text: String?, field: FieldName, in range: ClosedRange<Int>) throws(FieldError) -> Int? {
        guard let trimmed = text?.trimmingWhitespace, !trimmed.isEmpty else { return nil }
        guard trimmed.utf8.count <= 20, let value = Int(trimmed) else { throw outOfRange(field: field, range) }
        return try checked(value, field: field, in: range)
    }

    /// `value` when it lies within `range`; otherwise the refusal naming the field and the range.
    public static func checked(_ value: Int, field: FieldName, in range: ClosedRange<Int>) throws(FieldError) -> Int {
        guard range.contains(value) else { throw outOfRange(field: field, range) }
        return value
    }

    private static func outOfRange(field: FieldName, _ range: ClosedRange<Int>) -> FieldError {
        .invalid(field: field, chinese: "应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数",
                 english: "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
}
