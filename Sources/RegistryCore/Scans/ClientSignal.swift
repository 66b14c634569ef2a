import Foundation

/// A copy signal raised by distinct clients (DESIGN §9): since when it is raised, until when it holds
/// (one window after the last moment its window held enough distinct clients), and the most distinct
/// clients a window held meanwhile.
public struct ClientSignal: Sendable, Hashable {
    public var since: Date
    public var until: Date
    public var clients: Int

    public init(since: Date, until: Date, clients: Int) {
        self.since = since
        self.until = until
        self.clients = clients
    }

    /// Whether the signal holds at `now` for a label whose signals were last acknowledged at
    /// `acknowledged`: it has not expired, and it was raised after the acknowledgement.
    public func holds(at now: Date, acknowledged: Date?) -> Bool {
        now < until && acknowledged.map { since > $0 } ?? true
    }
}
