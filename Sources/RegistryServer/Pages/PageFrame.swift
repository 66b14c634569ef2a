import Hummingbird
import Mustache

/// What every page shares: language, title, style, the language switch and the footer.
struct PageFrame {
    let htmlLanguage: String
    private(set) var title: String
    let css: String
    let text: PageText
    private(set) var languageSwitchHref: String
    private(set) var otherLanguage: String
    private(set) var homeHref: String
    private(set) var footer: String

    init(title: String, language: Language, request: Request, pages: PageRenderer, issuer: IssuingBody) {
        htmlLanguage = language.rawValue
        self.title = title
        css = pages.css
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

/// Templates read the frame by name through a switch rather than by reflection.
extension PageFrame: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "htmlLanguage": htmlLanguage
        case "title": title
        case "css": css
        case "text": text
        case "languageSwitchHref": languageSwitchHref
        case "otherLanguage": otherLanguage
        case "homeHref": homeHref
        case "footer": footer
        default: nil
        }
    }
}

/// The frame's texts come out of a marked page; its language (and with it its fixed words) is part of
/// the shape, and its style sheet is the renderer's own.
extension PageFrame: PageMarkable {
    func marked(_ slots: inout PageSlots) -> PageFrame {
        var frame = self
        slots.note(fixed: htmlLanguage)
        frame.title = slots.mark(title)
        frame.languageSwitchHref = slots.mark(languageSwitchHref)
        frame.otherLanguage = slots.mark(otherLanguage)
        frame.homeHref = slots.mark(homeHref)
        frame.footer = slots.mark(footer)
        return frame
    }
}
