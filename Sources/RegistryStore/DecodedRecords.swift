import Synchronization

/// Records decoded from their stored JSON, shared by every transaction of a registry and keyed by the
/// JSON text itself, so that the records a page reads on every request (its licence, batch, certificate
/// and assessment) are decoded once rather than per request. A changed record has another text and
/// is decoded afresh; there is nothing to invalidate. Holds at most `capacity` records and starts
/// over when full.
final class DecodedRecords: Sendable {
    /// A record's type and text, hashed and compared as UTF-8 bytes: the texts are long, and the
    /// Unicode-aware hashing of `String` would cost a good part of the decoding it saves.
    private struct Key: Hashable {
        let type: ObjectIdentifier
        let json: String

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.type == rhs.type && lhs.json.utf8.elementsEqual(rhs.json.utf8)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(type)
            var json = json
            json.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private let records = Mutex<[Key: any Sendable]>([:])
    let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The record decoded earlier from exactly this text, if any.
    func value<T: Sendable>(_ type: T.Type, json: String) -> T? {
        records.withLock { $0[Key(type: ObjectIdentifier(type), json: json)] } as? T
    }

    /// Remembers a record decoded from a text.
    func store<T: Sendable>(_ value: T, json: String) {
        records.withLock { records in
            if records.count >= capacity { records.removeAll(keepingCapacity: true) }
            records[Key(type: ObjectIdentifier(T.self), json: json)] = value
        }
    }
}
