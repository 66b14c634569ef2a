import Foundation
import GRDB
import RegistryCore

/// One transaction on the registry, read-only or writing. The domain operations are its methods,
/// grouped by concept in the files beside this one.
public struct RegistryTransaction {
    let db: Database
    /// The registry's rules, policy and clock.
    public let configuration: RegistryConfiguration
    /// The time the transaction started; every change in it is stamped with it.
    public let now: Date
    let cache: RecordCache
    /// Records decoded by this registry's transactions, by their JSON text.
    let decoded: DecodedRecords
    /// The verification page facts shared by read transactions; nil in a writing transaction, whose
    /// reads may yet be rolled back.
    let batchPageFacts: BatchPageFactsCache?

    init(db: Database, configuration: RegistryConfiguration, now: Date, cache: RecordCache = RecordCache(), decoded: DecodedRecords,
         batchPageFacts: BatchPageFactsCache? = nil) {
        self.db = db
        self.configuration = configuration
        self.now = now
        self.cache = cache
        self.decoded = decoded
        self.batchPageFacts = batchPageFacts
    }

    /// The same transaction with another time stamp, for loading historical records and demo data:
    /// every change made through the copy is dated `date`, in the same transaction.
    public func backdated(to date: Date) -> RegistryTransaction {
        RegistryTransaction(db: db, configuration: configuration, now: date, cache: cache, decoded: decoded, batchPageFacts: batchPageFacts)
    }

    /// Today in Beijing.
    public var today: Day { Day(now) }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    static let decoder = JSONDecoder()

    func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try Self.encoder.encode(value), as: UTF8.self)
    }

    func decode<T: Decodable>(_ type: T.Type, _ json: String, entity: EntityKind, id: String) throws -> T {
        do {
            return try Self.decoder.decode(type, from: Data(json.utf8))
        } catch {
            throw StoreError.corruptRecord(entity: entity, id: id)
        }
    }

    /// Decodes a record that pages read on every request, once per distinct stored text for the whole
    /// registry (`DecodedRecords`).
    func decodeShared<T: Decodable & Sendable>(_ type: T.Type, _ json: String, entity: EntityKind, id: String) throws -> T {
        if let known = decoded.value(type, json: json) { return known }
        let record = try decode(type, json, entity: entity, id: id)
        decoded.store(record, json: json)
        return record
    }

    /// An instant as stored: milliseconds since 1970.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The next number in a named sequence (per prefix and year), starting at 1.
    func nextNumber(in sequence: String) throws -> Int {
        try db.cachedStatement(sql: """
            INSERT INTO counters(name, value) VALUES (?, 1)
            ON CONFLICT(name) DO UPDATE SET value = value + 1
            """).execute(arguments: [sequence])
        return try Int.fetchOne(try db.cachedStatement(sql: "SELECT value FROM counters WHERE name = ?"), arguments: [sequence])!
    }
}
