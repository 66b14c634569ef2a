import RegistryCore

/// One licence as the public directory lists it: who holds it, for what, where, and what its labels
/// show today.
public struct DirectoryEntry: Sendable, Hashable {
    public var licence: Licence
    public var operatorName: String
    public var subjectName: String
    /// The subject's town (`Town.id`).
    public var townID: String
    /// The crop, for a product.
    public var crop: String?
    /// What the licence's labels show today (the cascade of DESIGN §4).
    public var status: DisplayStatus

    /// The subject's town.
    public var town: Town? { Yanqing.towns.first { $0.id == townID } }
}
