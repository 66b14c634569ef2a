import Hummingbird
import RegistryCore

/// The language of a page: Chinese unless the query says `lang=en` (`lang=zh` names Chinese; any other
/// value is refused by `check`, as `Schemas/openapi.yaml` says).
enum Language: String, Sendable {
    case chinese = "zh-CN"
    case english = "en"

    /// The values the `lang` query parameter takes.
    static let parameterValues: [Substring: Language] = ["zh": .chinese, "en": .english]

    init(_ request: Request) {
        self = Self.requested(request).flatMap { Self.parameterValues[$0] } ?? .chinese
    }

    /// The `lang` of the query, nil when there is none or it is empty.
    private static func requested(_ request: Request) -> Substring? {
        guard let query = request.uri.query, query.contains("lang=") else { return nil }
        return request.uri.queryParameters["lang"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Refuses (400) a `lang` other than `zh` or `en`, naming the values offered.
    static func check(_ request: Request) throws(PublicError) {
        guard let requested = requested(request), parameterValues[requested] == nil else { return }
        throw .unknownValue(FieldName("语言", "lang"), allowed: "zh, en")
    }

    /// The language a page's switch leads to.
    var other: Language { self == .english ? .chinese : .english }

    /// The query item that keeps the language on links: empty for Chinese.
    var queryItem: String { self == .english ? "lang=en" : "" }

    /// A path with the language's query item added.
    func link(_ path: String, _ items: [String] = []) -> String {
        let query = (items + [queryItem]).filter { !$0.isEmpty }.joined(separator: "&")
        return query.isEmpty ? path : "\(path)?\(query)"
    }

    /// Picks the text in this language; only that one is made.
    func pick(_ chinese: @autoclosure () -> String, _ english: @autoclosure () -> String) -> String {
        self == .english ? english() : chinese()
    }
}
