import GRDB

extension RegistryTransaction {
    /// The registry's change stamp: the sequence number of the newest audit event, 0 before the first.
    /// Every change of the registry appends an audit event in its own transaction, so whatever was read
    /// or drawn from the registry at one stamp (on one day) still holds while the stamp is unchanged.
    public func changeStamp() throws -> Int64 {
        try StoreError.wrapping {
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT sequence FROM audit_head WHERE id = 1")) ?? 0
        }
    }
}
