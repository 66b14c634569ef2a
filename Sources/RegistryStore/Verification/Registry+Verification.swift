import RegistryCore

extension Registry {
    /// What the verification page of a code shows, or nil when no label has the code. A scan of a
    /// label whose batch was scanned since the registry last changed, on the same day, costs one
    /// statement on a connection of `LabelPageConnections`; any other scan is read in a transaction,
    /// which reads the batch's facts too and keeps them for the next scans.
    public func verification(of code: LabelCode) throws -> LabelVerification? {
        let day = Day(configuration.clock())
        let quick = try StoreError.wrapping {
            try labelPageConnections.read { statement -> LabelVerification?? in
                guard let row = try LabelPageRow.fetch(code, with: statement) else { return .some(nil) }
                return batchPageFacts.facts(batchID: row.batchID, stamp: row.stamp, day: day).map { row.verification(of: code, facts: $0) }
            }
        }
        if let quick { return quick }
        return try read { try $0.verification(of: code) }
    }
}
