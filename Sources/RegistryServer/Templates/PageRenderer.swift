import Crypto
import Foundation
import Hummingbird
import Mustache

/// The HTML templates (`Templates/html/*.mustache`, shipped as resources) and the inline style
/// sheet. Values are HTML-escaped by the template engine; only the style sheet, read from our own
/// resources, is inserted raw.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    /// The style sheet, inlined in every page.
    let css: String
    /// The CSP source that allows exactly that style sheet and no other inline style.
    let styleSource: String
    /// The skeletons of the pages rendered by `render(marking:template:)`.
    let skeletons = PageSkeletons()

    /// Loads the templates and the style sheet from the module's resources.
    static func load() async throws -> PageRenderer {
        guard let folder = Bundle.module.url(forResource: "html", withExtension: nil) else { throw TemplateError.missing("html") }
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        let library = try await MustacheLibrary(directory: folder.path)
        guard let css = try? String(contentsOf: folder.appendingPathComponent("style.css"), encoding: .utf8) else {
            throw TemplateError.missing("style.css")
        }
        let digest = Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString()
        return PageRenderer(library: library, css: css, styleSource: "'sha256-\(digest)'")
    }

    /// Renders a view with a named template. The public pages' views (and the values inside them that
    /// templates open) conform to `MustacheParent` and name their children in `child(named:)`, so that
    /// a look-up on the verification path is a switch rather than a reflection of the value on every
    /// tag; the console's views, read by staff only, are looked up by reflection.
    func render(_ view: Any, template: String) throws -> String {
        guard let html = library.render(view, withTemplate: template) else { throw TemplateError.missing(template) }
        return html
    }

    /// Renders a view whose texts can be marked: the template is rendered once per shape of view
    /// (`PageSlots`) with markers in place of the texts, and each page fills that skeleton with its own
    /// texts, escaped. The result is the same page as `render(_:template:)` gives, in bytes.
    func render<View: PageMarkable>(marking view: View, template: String) throws -> ByteBuffer {
        var slots = PageSlots()
        slots.note(fixed: template)
        let marked = view.marked(&slots)
        let skeleton = skeletons.skeleton(for: slots.shape) {
            library.render(marked, withTemplate: template).map(PageSkeleton.init(rendered:))
        }
        guard let skeleton else { throw TemplateError.missing(template) }
        return skeleton.fill(slots.values)
    }

    /// A template the program expects is not among its resources.
    enum TemplateError: Error {
        case missing(String)
    }
}
