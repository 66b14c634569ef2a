import Foundation
import GRDB
import RegistryCore

/// Where the scan log keeps the client window of a label (`label_clients`, by code) or of a batch
/// (`batch_clients`, by batch row), and how a signal's three columns read and write.
struct ClientWindowStorage {
    let table: String
    let key: String

    static let label = ClientWindowStorage(table: "label_clients", key: "code")
    static let batch = ClientWindowStorage(table: "batch_clients", key: "batch_id")

    /// The stored clients of a window with their latest scans.
    func clients(of key: DatabaseValueConvertible, in db: Database) throws -> [String: Date] {
        var clients: [String: Date] = [:]
        for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT client, last_ms FROM \(table) WHERE \(self.key) = ?"), arguments: [key]) {
            clients[row[0]] = Self.date(row[1])
        }
        return clients
    }

    /// Writes the clients `counted` in this batch of scans and lets go of those out of the window
    /// that ends at `latest`.
    func save(_ window: ClientWindow, counted: Set<String>, latest: Date, key: DatabaseValueConvertible, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(self.key) = ? AND last_ms <= ?")
            .execute(arguments: [key, RegistryTransaction.milliseconds(latest.addingTimeInterval(-window.window))])
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO \(table)(\(self.key), client, last_ms) VALUES (?, ?, ?)
            ON CONFLICT(\(self.key), client) DO UPDATE SET last_ms = max(last_ms, excluded.last_ms)
            """)
        for client in counted.sorted() {
            guard let at = window.clients[client] else { continue }
            try upsert.execute(arguments: [key, client, RegistryTransaction.milliseconds(at)])
        }
    }

    /// A signal from its columns (since, until, clients), nil when none was raised.
    static func signal(since: Int64?, until: Int64?, clients: Int?) -> ClientSignal? {
        guard let since, let until, let clients else { return nil }
        return ClientSignal(since: date(since), until: date(until), clients: clients)
    }

    /// A signal's columns (since, until, clients).
    static func columns(_ signal: ClientSignal?) -> [DatabaseValueConvertible?] {
        guard let signal else { return [nil, nil, nil] }
        return [RegistryTransaction.milliseconds(signal.since), RegistryTransaction.milliseconds(signal.until), signal.clients]
    }

    static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
