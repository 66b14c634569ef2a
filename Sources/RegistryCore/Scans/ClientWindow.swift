import Foundation

/// The distinct clients that scanned one label (or one batch) within a sliding window, and the copy
/// signal they raise: when a window holds `threshold` distinct clients or more, the signal is raised
/// (or, while it still holds, kept for another window). Reloads by one client refresh its time but
/// never add a client, so one client alone raises nothing whatever the threshold (at least 2).
///
/// Scans before an acknowledgement are no evidence: their clients are not counted, and a signal raised
/// before it is replaced by a new one once the clients after it reach the threshold.
public struct ClientWindow: Sendable {
    /// Each client of the window with its latest scan.
    public private(set) var clients: [String: Date]
    /// The clients' scans in the order they were counted, for expiring them; a client's entry is stale
    /// when it scanned again later.
    private var arrivals: [(client: String, at: Date)]
    private var head = 0
    public private(set) var signal: ClientSignal?
    public let window: TimeInterval
    public let threshold: Int
    public let acknowledged: Date?

    /// A window resumed from what was stored: the clients of the last window with their latest scans,
    /// and the signal.
    public init(clients: [String: Date], signal: ClientSignal?, window: TimeInterval, threshold: Int, acknowledged: Date?) {
        let counted = acknowledged.map { ack in clients.filter { $0.value > ack } } ?? clients
        self.clients = counted
        arrivals = counted.map { ($0.key, $0.value) }.sorted { $0.at < $1.at }
        self.signal = signal
        self.window = window
        self.threshold = max(2, threshold)
        self.acknowledged = acknowledged
    }

    /// Counts one scan by `client` at `at`.
    public mutating func count(client: String, at: Date) {
        if let acknowledged, at <= acknowledged { return }
        expire(before: at)
        if let seen = clients[client], seen >= at { return }
        clients[client] = at
        arrivals.append((client, at))
        guard clients.count >= threshold else { return }
        let until = at.addingTimeInterval(window)
        if var current = signal, current.holds(at: at, acknowledged: acknowledged) {
            current.until = max(current.until, until)
            current.clients = max(current.clients, clients.count)
            signal = current
        } else {
            signal = ClientSignal(since: at, until: until, clients: clients.count)
        }
    }

    /// Lets go of the clients whose latest scan is a window or more before `at`.
    public mutating func expire(before at: Date) {
        let start = at.addingTimeInterval(-window)
        while head < arrivals.count, arrivals[head].at <= start {
            let (client, seen) = arrivals[head]
            if clients[client] == seen { clients[client] = nil }
            head += 1
        }
        if head > 1024, head * 2 > arrivals.count {
            arrivals.removeFirst(head)
            head = 0
        }
    }
}
