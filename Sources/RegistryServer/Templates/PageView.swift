/// A page's view: the template it is rendered with and, through `Encodable`, the values that template
/// reads by name. Every stored property is a value the template may name; a text is escaped where the
/// template puts it, a `RawHTML` is not, a `Bool` and an optional's presence decide sections, an array
/// repeats one. `PageRenderer.render(_:)` turns it into the page.
protocol PageView: Encodable {
    /// The template's name, its file in `Templates/html` without `.mustache`.
    static var template: String { get }
}

/// A page that every request of one `sharing` shows alike but for a few texts of its own (`own`): the
/// view is only built when the renderer has not yet seen a page of that `sharing`.
protocol SharedPageView {
    associatedtype Sharing: Hashable & Sendable
    associatedtype Own: PageOwnTexts
    associatedtype View: PageView

    /// What decides everything on the page but `own`.
    var sharing: Sharing { get }
    /// This request's own texts.
    var own: Own { get }
    /// The whole view with `own` texts in their places (this page's, or others of the same kind).
    func view(with own: Own) -> View
}

/// A request's own texts of a `SharedPageView`.
protocol PageOwnTexts {
    /// The same texts, each transformed, in one fixed order.
    func map(_ transform: (String) -> String) -> Self
}

/// A piece of HTML a template inserts as it is (`{{{…}}}`): a chart drawn as inline SVG by our own
/// code, never a text that came from a person.
struct RawHTML: Encodable {
    let html: String

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(html)
    }
}
