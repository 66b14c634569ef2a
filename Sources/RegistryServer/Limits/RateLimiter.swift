import Synchronization

/// A token bucket per client. Each client starts with `capacity` tokens and regains `refillPerSecond`;
/// a client with less than one token is refused until it has one again.
///
/// Taking a token is one step under one lock, so requests sent at once cannot spend the same token
/// twice. Memory is bounded: the table holds at most `maxClients` buckets and, when full, forgets the
/// client seen longest ago (a forgotten client starts again with a full bucket, which is what it would
/// have after so long anyway). Time comes from `clock`, a monotonic clock that tests move by hand.
public final class RateLimiter: Sendable {
    /// How many tokens a client has and how fast they come back.
    public struct Policy: Sendable, Hashable {
        public var capacity: Double
        public var refillPerSecond: Double
        public var maxClients: Int

        /// 30 unknown lookups at once, then one every 2 seconds.
        public init(capacity: Double = 30, refillPerSecond: Double = 0.5, maxClients: Int = 100_000) {
            self.capacity = capacity
            self.refillPerSecond = refillPerSecond
            self.maxClients = maxClients
        }
    }

    /// What asking for a token came to.
    public enum Spending: Equatable, Sendable {
        case spent
        /// The client has no token; one comes back in this many seconds.
        case refused(retryAfterSeconds: Int)
    }

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    public let policy: Policy
    private let clock: @Sendable () -> ContinuousClock.Instant
    private let buckets: Mutex<LeastRecentlyUsed<String, Bucket>>

    public init(policy: Policy, clock: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.policy = policy
        self.clock = clock
        buckets = Mutex(LeastRecentlyUsed(maxCost: policy.maxClients))
    }

    /// Takes one token from the client if it has one.
    public func spend(_ client: String) -> Spending {
        let now = clock()
        return buckets.withLock { buckets in
            var bucket = buckets.value(for: client).map { refilled($0, at: now) } ?? Bucket(tokens: policy.capacity, updated: now)
            let spending: Spending
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                spending = .spent
            } else {
                spending = .refused(retryAfterSeconds: secondsUntilAllowed(bucket))
            }
            buckets.set(bucket, for: client)
            return spending
        }
    }

    /// How many clients the table holds now.
    var clientCount: Int { buckets.withLock { $0.count } }

    /// Seconds until a bucket holds a whole token, at least 1.
    private func secondsUntilAllowed(_ bucket: Bucket) -> Int {
        guard policy.refillPerSecond > 0 else { return 86_400 }
        let seconds = ((1 - bucket.tokens) / policy.refillPerSecond).rounded(.up)
        return seconds < 1 ? 1 : seconds < 86_400 ? Int(seconds) : 86_400
    }

    private func refilled(_ bucket: Bucket, at now: ContinuousClock.Instant) -> Bucket {
        let elapsed = now - bucket.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Bucket(tokens: min(policy.capacity, bucket.tokens + max(0, seconds) * policy.refillPerSecond), updated: max(now, bucket.updated))
    }
}
