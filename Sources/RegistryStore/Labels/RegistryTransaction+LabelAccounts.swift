import Foundation
import GRDB
import RegistryCore

extension RegistryTransaction {
    /// The label account of a licence.
    public func labelAccount(licence number: String) throws -> LabelAccount {
        let licence = try licence(number)
        return LabelAccount(licence: licence, shows: try displayStatus(of: licence), issued: try issuedLabelCount(licence: licence.number),
                            batches: try labelBatches(licence: licence.number))
    }

    /// The label accounts of licences not revoked or surrendered, by number, a page at a time;
    /// `numberPrefix` narrows them to numbers that start with it.
    public func labelAccounts(numberPrefix: String = "", limit: Int, offset: Int = 0) throws -> [LabelAccount] {
        let prefix = numberPrefix.trimmingCharacters(in: .whitespaces).uppercased()
        return try String.fetchAll(try db.cachedStatement(sql: """
            SELECT number FROM licences WHERE status IN ('active', 'suspended') AND substr(number, 1, ?) = ?
            ORDER BY number LIMIT ? OFFSET ?
            """), arguments: [prefix.count, prefix, limit, offset]).map { try labelAccount(licence: $0) }
    }
}
