import Synchronization

/// The connections open now, against `RequestLimits.maxConnections`.
final class ConnectionCounter: Sendable {
    let maximum: Int
    private let open = Atomic<Int>(0)

    init(maximum: Int) {
        self.maximum = maximum
    }

    /// Counts a new connection; false when it is one too many and must be closed.
    func opened() -> Bool {
        open.wrappingAdd(1, ordering: .relaxed).newValue <= maximum
    }

    /// Counts a connection closed.
    func closed() {
        open.wrappingSubtract(1, ordering: .relaxed)
    }
}
