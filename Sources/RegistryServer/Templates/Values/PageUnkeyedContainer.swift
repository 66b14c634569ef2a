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
