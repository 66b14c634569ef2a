import RegistryCore

/// The work queue's filters, from the query: town, subject kind, state, and a least age in days.
/// Unknown values are ignored, so a stale link still shows a queue.
struct QueueFilter {
    var townID: String?
    var kind: SubjectKind?
    var state: ApplicationState?
    var olderThanDays: Int?

    /// The ages the filter offers, in days.
    static let ages = [7, 30, 90]

    init(_ call: ConsoleCall) {
        townID = call.query("town").flatMap { id in Yanqing.towns.first { $0.id == id }?.id }
        kind = call.query("kind").flatMap(SubjectKind.init(rawValue:))
        state = call.query("state").flatMap(ApplicationState.init(rawValue:))
        olderThanDays = call.query("age").flatMap(Int.init).flatMap { Self.ages.contains($0) ? $0 : nil }
    }

    /// Whether an entry passes town, kind and age (the state is applied to the list only, so that the
    /// counts show every state).
    func admits(_ entry: QueueEntry) -> Bool {
        (townID == nil || entry.townID == townID) && (kind == nil || entry.kind == kind)
            && (olderThanDays == nil || (entry.ageDays ?? 0) > olderThanDays!)
    }

    /// Whether an entry is in the listed state: the chosen one, or any open state by default.
    func lists(_ entry: QueueEntry) -> Bool {
        state.map { entry.state == $0 } ?? !entry.state.isFinal
    }

    /// The query that reproduces these filters with another state.
    func query(state other: ApplicationState?) -> String {
        var items: [String] = []
        if let townID { items.append("town=\(townID)") }
        if let kind { items.append("kind=\(kind.rawValue)") }
        if let olderThanDays { items.append("age=\(olderThanDays)") }
        if let other { items.append("state=\(other.rawValue)") }
        return items.isEmpty ? "/console" : "/console?" + items.joined(separator: "&")
    }
}
