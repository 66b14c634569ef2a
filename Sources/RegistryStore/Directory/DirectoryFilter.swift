import RegistryCore

/// What the public directory is searched by. Every criterion is optional; given ones must all hold.
public struct DirectoryFilter: Sendable, Hashable {
    /// Part of the operator's name, the subject's name or the licence number.
    public var text: String?
    /// The subject's town (`Town.id`).
    public var townID: String?
    public var kind: SubjectKind?
    /// The status the licence's labels show today.
    public var status: DisplayStatus.State?
    /// The crop of a product, e.g. `葡萄`.
    public var crop: String?

    public init(text: String? = nil, townID: String? = nil, kind: SubjectKind? = nil, status: DisplayStatus.State? = nil, crop: String? = nil) {
        self.text = text
        self.townID = townID
        self.kind = kind
        self.status = status
        self.crop = crop
    }
}
