/// Reads a view (`PageView`) through its `Encodable` conformance: its texts and shape into `slots`,
/// and, unless only those are wanted, the objects and lists the template engine reads (`PageObject`),
/// with each text as it is or as its marker.
final class PageEncoding {
    /// What the reading makes besides the slots.
    enum Output {
        /// Only the texts and the shape.
        case slots
        /// The objects, with every text as it is.
        case values
        /// The objects, with every text replaced by its marker.
        case markers
    }

    let output: Output
    var slots = PageSlots()
    let lookups = PageLookups()

    init(_ output: Output) {
        self.output = output
    }

    /// Reads a value: a text, a flag or a number directly; anything else through its `encode(to:)`.
    /// Returns what the template engine reads of it (nil when only the slots are wanted).
    func read<T: Encodable>(_ value: T) throws -> Any? {
        switch value {
        case let string as String: return text(string)
        case let html as RawHTML: return text(html.html, raw: true)
        case let bool as Bool: return flag(bool)
        case let number as any BinaryInteger: return text(String(describing: number))
        case let number as Double: return text(String(describing: number))
        default:
            let encoder = PageValueEncoder(encoding: self, open: value is any KeyedByData)
            try value.encode(to: encoder)
            if let end = encoder.end { slots.note(end) }
            return (encoder.result as? PageList)?.items ?? encoder.result
        }
    }

    /// Keeps a text; returns it, or its marker, for the template engine.
    func text(_ text: String, raw: Bool = false) -> Any? {
        let marker = slots.mark(text, raw: raw)
        switch output {
        case .slots: return nil
        case .values: return text
        case .markers: return marker
        }
    }

    /// Notes a flag in the shape.
    func flag(_ flag: Bool) -> Any? {
        slots.note(flag ? PageSlots.Tag.yes : PageSlots.Tag.no)
        return output == .slots ? nil : flag
    }

    /// A new object (`open` for a dictionary's), or nil when only the slots are wanted.
    func object(open: Bool = false) -> PageObject? {
        output == .slots ? nil : PageObject(lookups: lookups, open: open)
    }

    /// A new list, or nil when only the slots are wanted.
    func list() -> PageList? {
        output == .slots ? nil : PageList()
    }
}
