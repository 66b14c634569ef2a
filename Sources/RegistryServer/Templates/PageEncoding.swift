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

/// The `Encoder` a view's `encode(to:)` writes to: one value, as an object, a list or a single value.
final class PageValueEncoder: Encoder {
    let encoding: PageEncoding
    /// What was written: a `PageObject`, a `PageList`, or a single value.
    var result: Any?
    /// The tag that closes what was written in the shape, once an object or a list was started.
    var end: UInt8?
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// Whether the value is a dictionary, whose keys are data.
    let open: Bool

    init(encoding: PageEncoding, open: Bool = false) {
        self.encoding = encoding
        self.open = open
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if let object = result as? PageObject {
            return KeyedEncodingContainer(PageKeyedContainer(encoding: encoding, object: object))
        }
        encoding.slots.note(PageSlots.Tag.objectStart)
        end = PageSlots.Tag.objectEnd
        let object = encoding.object(open: open)
        result = object
        return KeyedEncodingContainer(PageKeyedContainer(encoding: encoding, object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        encoding.slots.note(PageSlots.Tag.listStart)
        end = PageSlots.Tag.listEnd
        let list = encoding.list()
        result = list
        return PageUnkeyedContainer(encoding: encoding, list: list)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        PageSingleValueContainer(encoder: self)
    }
}

/// Writes an object's values by key.
struct PageKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoding: PageEncoding
    let object: PageObject?
    var codingPath: [any CodingKey] = []

    private func put(_ value: Any?, _ key: Key) {
        guard let object else { return }
        object.keys.insert(key.stringValue)
        encoding.lookups.held.insert(key.stringValue)
        if let value { object.values[key.stringValue] = value }
    }

    private func write<T: Encodable>(_ value: T, _ key: Key) throws {
        encoding.slots.note(key: key.stringValue)
        put(try encoding.read(value), key)
    }

    mutating func encodeNil(forKey key: Key) throws {
        encoding.slots.note(key: key.stringValue)
        encoding.slots.note(PageSlots.Tag.absent)
        put(nil, key)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try write(Double(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try write(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try write(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try write(value, key) }

    // An absent optional is a key of the object all the same, so that a template naming it is not
    // taken for a misspelling.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try writeIfPresent(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try writeIfPresent(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try writeIfPresent(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try writeIfPresent(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try writeIfPresent(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try writeIfPresent(value, key) }

    private mutating func writeIfPresent<T: Encodable>(_ value: T?, _ key: Key) throws {
        guard let value else { return try encodeNil(forKey: key) }
        try write(value, key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoding.slots.note(key: key.stringValue)
        encoding.slots.note(PageSlots.Tag.objectStart)
        let nested = encoding.object()
        put(nested, key)
        return KeyedEncodingContainer(PageKeyedContainer<NestedKey>(encoding: encoding, object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoding.slots.note(key: key.stringValue)
        encoding.slots.note(PageSlots.Tag.listStart)
        let list = encoding.list()
        put(list, key)
        return PageUnkeyedContainer(encoding: encoding, list: list)
    }

    mutating func superEncoder() -> any Encoder { PageValueEncoder(encoding: encoding) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { PageValueEncoder(encoding: encoding) }
}

/// Writes a list's items in order.
struct PageUnkeyedContainer: UnkeyedEncodingContainer {
    let encoding: PageEncoding
    let list: PageList?
    var codingPath: [any CodingKey] = []
    private(set) var count = 0

    init(encoding: PageEncoding, list: PageList?) {
        self.encoding = encoding
        self.list = list
    }

    mutating func encodeNil() throws {
        encoding.slots.note(PageSlots.Tag.absent)
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let item = try encoding.read(value)
        if let item { list?.items.append(item) }
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoding.slots.note(PageSlots.Tag.objectStart)
        let nested = encoding.object()
        if let nested { list?.items.append(nested) }
        count += 1
        return KeyedEncodingContainer(PageKeyedContainer<NestedKey>(encoding: encoding, object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoding.slots.note(PageSlots.Tag.listStart)
        let nested = encoding.list()
        if let nested { list?.items.append(nested) }
        count += 1
        return PageUnkeyedContainer(encoding: encoding, list: nested)
    }

    mutating func superEncoder() -> any Encoder { PageValueEncoder(encoding: encoding) }
}

/// Writes a single value (a `RawValue` enum, a `Day`, a `RawHTML`).
struct PageSingleValueContainer: SingleValueEncodingContainer {
    let encoder: PageValueEncoder
    var codingPath: [any CodingKey] = []

    init(encoder: PageValueEncoder) {
        self.encoder = encoder
    }

    mutating func encodeNil() throws {
        encoder.encoding.slots.note(PageSlots.Tag.absent)
        encoder.result = nil
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.result = try encoder.encoding.read(value)
    }

    mutating func encode(_ value: Bool) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: String) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: Double) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: Float) throws { encoder.result = try encoder.encoding.read(Double(value)) }
    mutating func encode(_ value: Int) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: Int8) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: Int16) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: Int32) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: Int64) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: UInt) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: UInt8) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: UInt16) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: UInt32) throws { encoder.result = try encoder.encoding.read(value) }
    mutating func encode(_ value: UInt64) throws { encoder.result = try encoder.encoding.read(value) }
}

/// A value whose keys are data (a dictionary of messages by field), not names a template must match.
protocol KeyedByData {}

extension Dictionary: KeyedByData {}
