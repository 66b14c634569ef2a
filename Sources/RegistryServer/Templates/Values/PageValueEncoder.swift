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
