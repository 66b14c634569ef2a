import Hummingbird

/// The language of a page: Chinese unless the query says `lang=en`.
enum Language: String, Sendable {
    case chinese = "zh-CN"
    case english = "en"

    init(_ request: Request) {
        guard let query = request.uri.query, query.contains("lang=") else {
            self = .chinese
            return
        }
        self = request.uri.queryParameters["lang"] == "en" ? .english : .chinese
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
