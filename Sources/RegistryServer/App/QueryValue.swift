import Foundation

/// A value percent-encoded for a query string, so that `&`, `=`, `+`, `#` and `;` in it stay part
/// of the value.
enum QueryValue {
    private static let allowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#;"))

    static func encoded(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
