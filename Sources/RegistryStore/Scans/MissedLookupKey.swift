/// The row a look-up that found no label is counted in (`missed_lookups`): its Beijing day, client
/// hint and outcome.
struct MissedLookupKey: Hashable, Comparable {
    let day: String
    let client: String
    let outcome: String

    static func < (lhs: MissedLookupKey, rhs: MissedLookupKey) -> Bool {
        (lhs.day, lhs.client, lhs.outcome) < (rhs.day, rhs.client, rhs.outcome)
    }
}
