import Hummingbird
import Mustache

/// What every page shares: language, title, style, the language switch and the footer.
struct PageFrame {
    let htmlLanguage: String
    let title: String
    let css: String
    let text: PageText
    let languageSwitchHref: String
    let otherLanguage: String
    let homeHref: String
    let footer: String

    init(title: String, language: Language, request: Request, pages: PageRenderer, issuer: IssuingBody) {
        htmlLanguage = language.rawValue
        self.title = title
        css = pages.css
        text = language.text
        let other: Language = language == .english ? .chinese : .english
        otherLanguage = other.rawValue
        let kept = (request.uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("lang=") }.map(String.init)
        languageSwitchHref = other.link(request.uri.path, kept)
        homeHref = language.link("/directory")
        footer = language.pick("本页信息由\(issuer.chinese)公布，以登记记录为准。", "Published by the \(issuer.english); the registry's record prevails.")
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
