import Hummingbird

/// What every page shares: language, title, the language switch and the footer (the style sheet is the
/// renderer's own).
struct PageFrame: Encodable {
    let htmlLanguage: String
    let title: String
    let text: PageText
    private(set) var languageSwitchHref: String
    let otherLanguage: String
    let homeHref: String
    let footer: String

    init(title: String, language: Language, request: Request, issuer: IssuingBody) {
        htmlLanguage = language.rawValue
        self.title = title
        text = language.text
        otherLanguage = language.other.rawValue
        languageSwitchHref = Self.languageSwitchHref(request, language: language)
        homeHref = language.link("/directory")
        footer = language.pick("本页信息由\(issuer.chinese)公布，以登记记录为准。", "Published by the \(issuer.english); the registry's record prevails.")
    }
}

extension PageFrame {
    /// The link to the same page in the other language, with the rest of the query kept; for a path that
    /// is not plainly one of this site's (`//host/x`, `/\host`), the directory in the other language.
    static func languageSwitchHref(_ request: Request, language: Language) -> String {
        guard let path = LocalPath.site(request.uri.path) else { return language.other.link("/directory") }
        guard let query = request.uri.query, !query.isEmpty else { return language.other.link(path) }
        let kept = query.split(separator: "&").filter { !$0.hasPrefix("lang=") }.map(String.init)
        return language.other.link(path, kept)
    }

    /// The same frame with another link to the other language.
    func switchingLanguage(at href: String) -> PageFrame {
        var frame = self
        frame.languageSwitchHref = href
        return frame
    }
}
