import Testing
@testable import RegistryServer

/// The token buckets: refill by the injected clock only, one atomic check-and-spend, and a bounded table
/// that forgets the least recently seen client.
@Suite struct RateLimiterTests {
    @Test func bucketsRefillAsTheInjectedClockMovesAndOnlyThen() {
        let clock = ManualClock()
        let limiter = RateLimiter(policy: RateLimiter.Policy(capacity: 2, refillPerSecond: 0.5), clock: clock.reading)
        #expect(limiter.spend("a") == .spent)
        #expect(limiter.spend("a") == .spent)
        #expect(limiter.spend("a") == .refused(retryAfterSeconds: 2))
        #expect(limiter.spend("b") == .spent)
        clock.advance(by: .seconds(1))
        #expect(limiter.spend("a") == .refused(retryAfterSeconds: 1))
        clock.advance(by: .seconds(1))
        #expect(limiter.spend("a") == .spent)
        clock.advance(by: .seconds(3600))
        #expect(limiter.spend("a") == .spent)
        #expect(limiter.spend("a") == .spent)
        #expect(limiter.spend("a") == .refused(retryAfterSeconds: 2))
    }

    @Test func checkAndSpendIsOneStepUnderConcurrency() async {
        let limiter = RateLimiter(policy: RateLimiter.Policy(capacity: 100, refillPerSecond: 0), clock: ManualClock().reading)
        let spent = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask { (0..<100).filter { _ in limiter.spend("one client") == .spent }.count }
            }
            return await group.reduce(0, +)
        }
        #expect(spent == 100)
    }

    @Test func aFullTableForgetsTheLeastRecentlySeenClientOnly() {
        let limiter = RateLimiter(policy: RateLimiter.Policy(capacity: 1, refillPerSecond: 0, maxClients: 3), clock: ManualClock().reading)
        for client in ["a", "b", "c"] { #expect(limiter.spend(client) == .spent) }
        #expect(limiter.spend("a") != .spent)
        // "b" is now the least recently seen: a fourth client pushes it out, and only it.
        #expect(limiter.spend("d") == .spent)
        #expect(limiter.clientCount == 3)
        #expect(limiter.spend("a") != .spent)
        #expect(limiter.spend("c") != .spent)
        #expect(limiter.spend("d") != .spent)
        #expect(limiter.spend("b") == .spent)
        // A flood of new clients never resets the recent ones at once: each pushes out one.
        for flood in 0..<2 { _ = limiter.spend("flood \(flood)") }
        #expect(limiter.clientCount == 3)
        #expect(limiter.spend("flood 1") != .spent)
    }

    @Test func leastRecentlyUsedEvictsByCostInUseOrder() {
        var table = LeastRecentlyUsed<String, Int>(maxCost: 10)
        table.set(1, for: "a", cost: 4)
        table.set(2, for: "b", cost: 4)
        #expect(table.value(for: "a") == 1)
        table.set(3, for: "c", cost: 4)
        #expect(table.value(for: "b") == nil)
        #expect(table.value(for: "a") == 1 && table.value(for: "c") == 3)
        #expect(table.totalCost == 8)
        table.set(4, for: "huge", cost: 11)
        #expect(table.value(for: "huge") == nil && table.count == 2)
        table.set(5, for: "a", cost: 2)
        #expect(table.totalCost == 6 && table.value(for: "a") == 5)
        for key in 0..<1_000 { table.set(key, for: "k\(key)", cost: 1) }
        #expect(table.count == 10 && table.value(for: "k999") == 999 && table.value(for: "k989") == nil)
    }
}
