/// A piece of HTML a template inserts as it is (`{{{…}}}`): a chart drawn as inline SVG by our own
/// code, never a text that came from a person.
struct RawHTML: Encodable {
    let html: String

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(html)
    }
}
