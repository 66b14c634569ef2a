import RegistryCore

extension Registry {
    /// What the verification page of a code shows, or nil when no label has the code. A scan of a
    /// label whose batch was scanned since the registry last changed, on the same day, costs one
    /// statement on a connection of `LabelPageConnections`; any other scan is read in a transaction,
    /// which reads the batch's facts too and keeps them for the next scans.
    public func verification(of code: LabelCode) throws -> LabelVerification? {
        let day = Day(configuration.clock())
        let quick = try StoreError.wrapping {
            try labelPageConnections.read { statement -> QuickRead in
                guard let row = try LabelPageRow.fetch(code, with: statement) else { return .unknown }
                guard let facts = batchPageFacts.facts(batchID: row.batchID, stamp: row.stamp, day: day) else { return .factsUnknown }
                return .found(row.verification(of: code, facts: facts, day: day))
            }
        }
        switch quick {
        case .found(let verification): return verification
        case .unknown: return nil
        case .factsUnknown: return try read { try $0.verification(of: code) }
        }
    }

    /// What the one statement on a label page connection found.
    private enum QuickRead {
        case found(LabelVerification)
        /// No label has the code.
        case unknown
        /// The label exists, but its batch's facts at this stamp and day are not cached.
        case factsUnknown
    }
}
