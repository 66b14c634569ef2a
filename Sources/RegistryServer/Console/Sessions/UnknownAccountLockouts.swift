import Foundation
import RegistryStore
import Synchronization

/// Failed logins under names that no active account has, counted as a real account's are
/// (`ConsolePolicy`: so many failures in a row lock the name for a while), so that such a name then
/// gets the same lock-out message as a real account and names cannot be told apart by trying. Kept in
/// memory for at most `capacity` names, the name tried longest ago forgotten first.
final class UnknownAccountLockouts: Sendable {
    private struct Entry {
        var failures = 0
        var lockedUntil: Date?
    }

    private let names: Mutex<LeastRecentlyUsed<String, Entry>>

    init(capacity: Int = 10_000) {
        names = Mutex(LeastRecentlyUsed(maxCost: capacity))
    }

    /// Records a failed login under `name` at `now`; the time the name is locked until, when it is
    /// locked (already, or by this failure), as `RegistryTransaction.recordFailedLogin` locks an account.
    func failedLogin(_ name: String, policy: ConsolePolicy, at now: Date) -> Date? {
        names.withLock { names in
            var entry = names.value(for: name) ?? Entry()
            defer { names.set(entry, for: name) }
            if let until = entry.lockedUntil, until > now { return until }
            entry.failures += 1
            guard entry.failures >= policy.maxFailedLogins else { return nil }
            entry.failures = 0
            entry.lockedUntil = now.addingTimeInterval(policy.lockout)
            return entry.lockedUntil
        }
    }
}
