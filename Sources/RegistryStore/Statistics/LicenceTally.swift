import RegistryCore

/// How many licences there are now, by subject kind, by the subject's town and by status (expiry
/// derived from the validity date): one count per combination, summed on demand.
public struct LicenceTally: Sendable, Hashable, Codable {
    /// One combination and its count.
    public struct Cell: Sendable, Hashable, Codable {
        public let kind: SubjectKind
        /// `Town.id`.
        public let townID: String
        public let status: LicenceStatus
        public let count: Int
    }

    public let cells: [Cell]

    public var total: Int { cells.reduce(0) { $0 + $1.count } }

    /// Count per kind, every kind listed.
    public var byKind: [(kind: SubjectKind, count: Int)] {
        SubjectKind.allCases.map { kind in (kind, cells.filter { $0.kind == kind }.reduce(0) { $0 + $1.count }) }
    }

    /// Count per status, every status listed.
    public var byStatus: [(status: LicenceStatus, count: Int)] {
        LicenceStatus.allCases.map { status in (status, cells.filter { $0.status == status }.reduce(0) { $0 + $1.count }) }
    }

    /// Count per town in the district's order, every town listed, with the licences in force
    /// (active or suspended) apart.
    public var byTown: [(town: Town, count: Int, inForce: Int)] {
        Yanqing.towns.map { town in
            let here = cells.filter { $0.townID == town.id }
            return (town, here.reduce(0) { $0 + $1.count },
                    here.filter { $0.status == .active || $0.status == .suspended }.reduce(0) { $0 + $1.count })
        }
    }
}
