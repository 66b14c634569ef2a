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
