/// The texts of one page in the order its view gives them, and its shape: what decides the page's
/// structure rather than its texts (the template, which keys and optional parts are there, the flags,
/// where lists start and end). Two views of one shape render their template alike around their texts,
/// so a page can be filled into a skeleton (`PageSkeleton`) rendered once with a marker in place of
/// each text. The renderer's own: no page knows of it.
struct PageSlots {
    /// The texts, in the order they were kept.
    private(set) var values: [String] = []
    /// For each text, whether the template inserts it as it is (`RawHTML`) rather than escaped.
    private(set) var raw: [Bool] = []
    /// What the template's sections depend on.
    private(set) var shape: [UInt8] = []

    /// The first bytes of a marker in UTF-8: U+E000, a private-use character that no template uses.
    static let markerStart: [UInt8] = Array("\u{E000}".utf8)
    /// The last bytes of a marker: U+E001.
    static let markerEnd: [UInt8] = Array("\u{E001}".utf8)

    /// The marker of the text numbered `number`.
    static func marker(_ number: Int) -> String { "\u{E000}\(number)\u{E001}" }

    /// Keeps a text and returns its marker.
    @discardableResult
    mutating func mark(_ text: String, raw isRaw: Bool = false) -> String {
        values.append(text)
        raw.append(isRaw)
        shape.append(isRaw ? Tag.raw : Tag.text)
        return Self.marker(values.count - 1)
    }

    /// Notes what the shape depends on.
    mutating func note(_ tag: UInt8) {
        shape.append(tag)
    }

    /// Notes a key of an object, or a fixed text such as the template's name.
    mutating func note(key: String) {
        shape.append(contentsOf: key.utf8)
        shape.append(0)
    }

    /// Whether a skeleton's gaps take exactly these texts, each once.
    func fit(_ skeleton: PageSkeleton) -> Bool {
        skeleton.gaps.count == values.count && skeleton.gaps.sorted() == Array(values.indices)
    }

    /// The bytes of the shape that follow a key or stand alone.
    enum Tag {
        static let text: UInt8 = 1
        static let raw: UInt8 = 2
        static let yes: UInt8 = 3
        static let no: UInt8 = 4
        static let absent: UInt8 = 5
        static let objectStart: UInt8 = 6
        static let objectEnd: UInt8 = 7
        static let listStart: UInt8 = 8
        static let listEnd: UInt8 = 9
    }
}
