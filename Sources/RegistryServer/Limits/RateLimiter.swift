import Synchronization

/// A token bucket per client address. Each client starts with `capacity` tokens and regains
/// `refillPerSecond`; a client with less than one token is refused until it has one again.
///
/// Memory is bounded: beyond `maxClients` addresses, buckets that have refilled are forgotten, and
/// if that is not enough every bucket is (a flood of addresses then resets the limits rather than
/// exhausting memory).
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

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    public let policy: Policy
    private let buckets = Mutex<[String: Bucket]>([:])

    public init(policy: Policy) {
        self.policy = policy
    }

    /// Whether the client has a token left now.
    public func allows(_ client: String, at now: ContinuousClock.Instant = .now) -> Bool {
        buckets.withLock { buckets in
            guard let bucket = buckets[client] else { return true }
            return refilled(bucket, at: now).tokens >= 1
        }
    }

    /// Takes one token from the client.
    public func spend(_ client: String, at now: ContinuousClock.Instant = .now) {
        buckets.withLock { buckets in
            var bucket = buckets[client].map { refilled($0, at: now) } ?? Bucket(tokens: policy.capacity, updated: now)
            bucket.tokens = max(0, bucket.tokens - 1)
            buckets[client] = bucket
            if buckets.count > policy.maxClients {
                buckets = buckets.filter { refilled($0.value, at: now).tokens < policy.capacity }
                if buckets.count > policy.maxClients { buckets.removeAll() }
            }
        }
    }

    /// Seconds until the client has a token again.
    public func secondsUntilAllowed(_ client: String, at now: ContinuousClock.Instant = .now) -> Int {
        buckets.withLock { buckets in
            guard let bucket = buckets[client] else { return 0 }
            let missing = 1 - refilled(bucket, at: now).tokens
            return missing <= 0 ? 0 : Int((missing / policy.refillPerSecond).rounded(.up))
        }
    }

    private func refilled(_ bucket: Bucket, at now: ContinuousClock.Instant) -> Bucket {
        let elapsed = now - bucket.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Bucket(tokens: min(policy.capacity, bucket.tokens + max(0, seconds) * policy.refillPerSecond), updated: now)
    }
}
