/// A problem with one input field, named so that a form can show it next to the field.
public enum FieldError: Refusal, Equatable {
    case empty(field: FieldName)
    case tooLong(field: FieldName, maxLength: Int, actual: Int)
    case notUTF8(field: FieldName)
    case controlCharacters(field: FieldName)
    /// Characters that reorder how text is displayed (U+202A–U+202E, U+2066–U+2069), which can make a
    /// reason or a name read differently from what is stored.
    case bidirectionalControls(field: FieldName)
    case invalid(field: FieldName, chinese: String, english: String)

    /// The field's name.
    public var field: FieldName {
        switch self {
        case .empty(let f), .tooLong(let f, _, _), .notUTF8(let f), .controlCharacters(let f), .bidirectionalControls(let f),
             .invalid(let f, _, _): f
        }
    }

    public var kind: RefusalKind { .invalid }

    public var chinese: String {
        switch self {
        case .empty(let f): "「\(f.chinese)」不能为空"
        case .tooLong(let f, let max, let actual): "「\(f.chinese)」过长：最多 \(max) 个字，实为 \(actual) 个字"
        case .notUTF8(let f): "「\(f.chinese)」含有无法识别的字符（不是 UTF-8 编码），请重新输入"
        case .controlCharacters(let f): "「\(f.chinese)」含有控制字符，请重新输入"
        case .bidirectionalControls(let f): "「\(f.chinese)」含有改变文字方向的控制字符（U+202A–U+202E、U+2066–U+2069），请删除后重新输入"
        case .invalid(let f, let message, _): "「\(f.chinese)」\(message)"
        }
    }

    public var english: String {
        switch self {
        case .empty(let f): "\(f.english) must not be empty"
        case .tooLong(let f, let max, let actual): "\(f.english) is too long: at most \(max) characters, got \(actual)"
        case .notUTF8(let f): "\(f.english) contains bytes that are not UTF-8"
        case .controlCharacters(let f): "\(f.english) contains control characters"
        case .bidirectionalControls(let f): "\(f.english) contains bidirectional control characters (U+202A–U+202E, U+2066–U+2069)"
        case .invalid(let f, _, let message): "\(f.english): \(message)"
        }
    }
}
