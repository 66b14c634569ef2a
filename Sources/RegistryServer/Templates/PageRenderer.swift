import Crypto
import Foundation
import Hummingbird
import Mustache

/// Turns views into pages: the HTML templates (`Templates/html/*.mustache`, shipped as resources), the
/// inline style sheet, and the one way a template reads a view's values (`PageView`, read through
/// `PageEncoding` into `PageObject`s). Values are HTML-escaped where the template puts them; only the
/// style sheet and `RawHTML` are inserted as they are.
///
/// A page is filled into a skeleton of its template when one of its shape was rendered before: the
/// template is rendered once per shape (`PageSlots`) with markers in place of the texts, and each page
/// fills that skeleton with its own texts. A shared page (`SharedPageView`) keeps one skeleton per
/// `sharing`, with gaps only for its own texts, and its view is built only when that skeleton is not
/// kept. Either way the page is the one the template renders, in bytes.
struct PageRenderer: Sendable {
    let library: MustacheLibrary
    /// The style sheet, inlined in every page of the site and the console as `{{{css}}}`.
    let css: String
    /// The CSP source that allows exactly that style sheet and no other inline style.
    let styleSource: String
    private let skeletons = PageSkeletons(maxBytes: 16 << 20)
    private let shared = SharedPageSkeletons(capacity: 1024)

    init(library: MustacheLibrary, css: String) {
        self.library = library
        self.css = css
        styleSource = "'sha256-\(Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString())'"
    }

    /// Loads the templates and the style sheet from the module's resources.
    static func load() throws -> PageRenderer {
        guard let folder = Bundle.module.url(forResource: "html", withExtension: nil) else { throw TemplateError.missing("html") }
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var templates: [String: MustacheTemplate] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
        }
        guard let css = try? String(contentsOf: folder.appendingPathComponent("style.css"), encoding: .utf8) else {
            throw TemplateError.missing("style.css")
        }
        return PageRenderer(library: MustacheLibrary(templates: templates), css: css)
    }

    /// The page of a view.
    func render<View: PageView>(_ view: View) throws -> ByteBuffer {
        let texts = PageEncoding(.slots)
        texts.slots.note(key: View.template)
        _ = try texts.read(view)
        let shape = texts.slots.shape
        if let skeleton = skeletons.skeleton(for: shape) { return skeleton.fill(texts.slots.values, raw: texts.slots.raw) }
        let skeleton = PageSkeleton(rendered: try rendered(view, output: .markers))
        guard texts.slots.fit(skeleton) else { return ByteBuffer(string: try rendered(view, output: .values)) }
        skeletons.keep(skeleton, for: shape)
        return skeleton.fill(texts.slots.values, raw: texts.slots.raw)
    }

    /// The page of a view, as an HTML answer.
    func response<View: PageView>(_ view: View, status: HTTPResponse.Status = .ok) throws -> Response {
        .html(try render(view), status: status)
    }

    /// The page of a shared view: its skeleton for its `sharing` filled with its own texts.
    func render<Page: SharedPageView>(_ page: Page) throws -> ByteBuffer {
        let key = SharedPageSkeletons.Key(kind: ObjectIdentifier(Page.self), sharing: page.sharing)
        var values: [String] = []
        _ = page.own.map { values.append($0); return $0 }
        if let skeleton = shared.skeleton(for: key), skeleton.gaps.count == values.count { return skeleton.fill(values) }
        var slots = PageSlots()
        let marked = page.own.map { slots.mark($0) }
        let skeleton = PageSkeleton(rendered: try rendered(page.view(with: marked), output: .values))
        // Other texts of the page that read as markers would be taken for gaps: such a page is rendered whole.
        guard slots.fit(skeleton) else { return ByteBuffer(string: try rendered(page.view(with: page.own), output: .values)) }
        shared.keep(skeleton, for: key)
        return skeleton.fill(values)
    }

    /// The page of a view rendered from its template, every text as it is (`.values`) or as its marker.
    /// In a debug build a template that names a key no object of the page holds is refused.
    func rendered<View: PageView>(_ view: View, output: PageEncoding.Output) throws -> String {
        let encoding = PageEncoding(output)
        guard let root = try encoding.read(view) as? PageObject else { throw TemplateError.notAnObject(View.template) }
        root.values["css"] = css
        encoding.lookups.held.insert("css")
        guard let html = library.render(root, withTemplate: View.template) else { throw TemplateError.missing(View.template) }
        #if DEBUG
        let unprovided = encoding.lookups.unprovided
        guard unprovided.isEmpty else { throw TemplateError.unprovided(template: View.template, keys: unprovided.sorted()) }
        #endif
        return html
    }

    /// A template the program expects is not among its resources, or does not fit its view.
    enum TemplateError: Error, Equatable {
        case missing(String)
        /// The view of the template is not an object with keys.
        case notAnObject(String)
        /// The template names keys that no object of its view holds.
        case unprovided(template: String, keys: [String])
    }
}
