/// A major meteorological disaster that rejects the season when recorded in one of `stages`
/// (standards.md §1.1 pre-condition (c) [Q]: disaster years are excluded; §1.3 step 7 examples [D]).
public struct DisasterRule: Hashable, Sendable, Codable {
    public let kind: DisasterKind
    /// Ids of the key stages in which the disaster rejects the season.
    public let stages: [String]

    public init(kind: DisasterKind, stages: [String]) {
        self.kind = kind
        self.stages = stages
    }
}
