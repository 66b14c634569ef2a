import Synchronization

/// A monotonic clock for the rate limits that stands still until a test moves it, so that no bucket
/// refills while a slow machine runs the test.
final class ManualClock: Sendable {
    private let current = Mutex(ContinuousClock.now)

    var now: ContinuousClock.Instant { current.withLock { $0 } }

    /// Moves the clock forward.
    func advance(by duration: Duration) {
        current.withLock { $0 = $0 + duration }
    }

    /// The clock as `ServerConfiguration.limitClock` and `RateLimiter` take it.
    var reading: @Sendable () -> ContinuousClock.Instant { { self.now } }
}
