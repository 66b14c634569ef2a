/// The typefaces labels use, named explicitly: cairo prints empty boxes for Chinese with a
/// generic family, and printers need to know which CJK font to embed.
public enum Typeface: String, Sendable, Codable {
    case sans
    case mono

    /// The fontconfig family (fonts-noto-cjk).
    public var family: String {
        switch self {
        case .sans: "Noto Sans CJK SC"
        case .mono: "Noto Sans Mono CJK SC"
        }
    }
}
