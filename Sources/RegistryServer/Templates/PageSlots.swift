/// The texts of one page, taken out of its view so that the page can be filled into a skeleton
/// (`PageSkeleton`) rendered once from the same template. Each text is replaced in the view by a
/// marker that names its place here; what decides the page's structure rather than its texts (which
/// optional parts are there, how many items a list has, the language, flags) goes into `shape`, so
/// two views of one shape render the same template around their texts.
struct PageSlots {
    /// The texts, in the order they were marked.
    private(set) var values: [String] = []
    /// What the template's sections depend on.
    private(set) var shape: [UInt8] = []

    /// The first byte of a marker in UTF-8: U+E000, a private-use character that no template uses.
    static let markerStart: [UInt8] = Array("\u{E000}".utf8)
    /// The last byte run of a marker: U+E001.
    static let markerEnd: [UInt8] = Array("\u{E001}".utf8)

    /// Keeps a text and returns its marker.
    mutating func mark(_ text: String) -> String {
        values.append(text)
        return "\u{E000}\(values.count - 1)\u{E001}"
    }

    /// Keeps an optional text; whether it is there is part of the shape.
    mutating func mark(_ text: String?) -> String? {
        note(text != nil)
        return text.map { mark($0) }
    }

    /// Keeps a list of texts; its length is part of the shape.
    mutating func mark(_ texts: [String]) -> [String] {
        note(count: texts.count)
        return texts.map { mark($0) }
    }

    /// Notes a flag the template tests.
    mutating func note(_ flag: Bool) {
        shape.append(flag ? 1 : 0)
    }

    /// Notes a count the template depends on.
    mutating func note(count: Int) {
        shape.append(contentsOf: "\(count);".utf8)
    }

    /// Notes a text that stays in the skeleton as it is (a language's code, a template's name).
    mutating func note(fixed text: String) {
        shape.append(contentsOf: text.utf8)
        shape.append(0)
    }
}

/// A view whose texts can be taken out into `PageSlots`.
protocol PageMarkable {
    /// The same view with every text replaced by its marker, the texts and the shape kept in `slots`.
    func marked(_ slots: inout PageSlots) -> Self
}
