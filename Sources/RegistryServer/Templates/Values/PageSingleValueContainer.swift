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
