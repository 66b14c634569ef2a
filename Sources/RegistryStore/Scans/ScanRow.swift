import Foundation
import GRDB
import RegistryCore

/// One row of the scan log (`scans`): a scan of a label, ready to insert.
struct ScanRow {
    let at: Int64
    /// The code's storage bytes.
    let code: Data
    let batchID: Int64
    let outcome: String
    let client: String

    init(at: Int64, code: Data, batchID: Int64, scan: LabelScan) {
        self.at = at
        self.code = code
        self.batchID = batchID
        outcome = scan.outcome.rawValue
        client = scan.client
    }

    /// Rows per statement of a full chunk: one statement of many rows costs far less than as many
    /// statements of one row.
    static let chunk = 100

    /// Inserts rows in order, a chunk per statement and the rest one by one.
    static func insert(_ rows: [ScanRow], in db: Database) throws {
        let columns = "INSERT INTO scans(at_ms, code, batch_id, outcome, client) VALUES "
        let many = try db.cachedStatement(sql: columns + Array(repeating: "(?, ?, ?, ?, ?)", count: chunk).joined(separator: ", "))
        let one = try db.cachedStatement(sql: columns + "(?, ?, ?, ?, ?)")
        var start = 0
        while start < rows.count {
            let part = rows[start..<min(start + chunk, rows.count)]
            var values: [(any DatabaseValueConvertible)?] = []
            values.reserveCapacity(part.count * 5)
            for row in part { values += [row.at, row.code, row.batchID, row.outcome, row.client] }
            if part.count == chunk {
                try many.execute(arguments: StatementArguments(values))
            } else {
                for offset in stride(from: 0, to: values.count, by: 5) {
                    try one.execute(arguments: StatementArguments(values[offset..<offset + 5]))
                }
            }
            start += part.count
        }
    }
}
