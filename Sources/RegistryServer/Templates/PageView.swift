/// A page's view: the template it is rendered with and, through `Encodable`, the values that template
/// reads by name. Every stored property is a value the template may name; a text is escaped where the
/// template puts it, a `RawHTML` is not, a `Bool` and an optional's presence decide sections, an array
/// repeats one. `PageRenderer.render(_:)` turns it into the page.
protocol PageView: Encodable {
    /// The template's name, its file in `Templates/html` without `.mustache`.
    static var template: String { get }
}
